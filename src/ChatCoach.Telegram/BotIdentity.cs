namespace ChatCoach.Telegram;

/// <summary>Who the bot is on Telegram, from getMe: the id tells its own messages apart, the username its mentions.</summary>
internal sealed record BotIdentity(long Id, string Username);

/// <summary>Holds the <see cref="BotIdentity"/> once start-up has asked Telegram for it.</summary>
internal sealed class BotProfile
{
    private BotIdentity? _me;

    public BotIdentity Me => _me ?? throw new InvalidOperationException("The Telegram adapter has not connected yet.");

    public void Connected(BotIdentity me) => _me = me;
}
