namespace ChatCoach.Discord.Tests;

/// <summary>The ids of the little world the tests talk in.</summary>
internal static class TestIds
{
    public const string Token = "test-token.abc";
    public const string Bot = "9001";
    public const string Application = "9002";
    public const string Guild = "5000";
    public const string Channel = "5001";
    public const string Alice = "2001";
    public const string Bob = "2002";
    public const string AliceDm = "7001";
}
