namespace ChatCoach.Discord.Gateway;

/// <summary>The intents sent with Identify.</summary>
internal static class GatewayIntents
{
    /// <summary>GUILD_CREATE and roles, for the admin check.</summary>
    public const int Guilds = 1 << 0;

    /// <summary>MESSAGE_CREATE/UPDATE in guild channels.</summary>
    public const int GuildMessages = 1 << 9;

    /// <summary>MESSAGE_CREATE/UPDATE in DMs.</summary>
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: message text in guild channels. Not enabled in the portal → close 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>What the coach asks for: 37377.</summary>
    public const int Coach = Guilds | GuildMessages | DirectMessages | MessageContent;
}
