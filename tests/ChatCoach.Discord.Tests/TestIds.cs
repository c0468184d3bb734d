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
    public const string ModeratorRole = "5100";

    private static int _counter;

    /// <summary>A fresh snowflake created at <paramref name="at"/>: Discord's ids carry their creation time.</summary>
    public static string Snowflake(DateTimeOffset at)
    {
        var milliseconds = (ulong)(at.ToUnixTimeMilliseconds() - 1420070400000);
        var id = (milliseconds << 22) | (uint)(Interlocked.Increment(ref _counter) & 0xFFF);
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
