namespace ChatCoach.Discord;

/// <summary>The Discord adapter's settings (section <c>Discord</c>; environment variables <c>CHATCOACH_Discord__BotToken</c> etc.).</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the developer portal (Bot → Reset Token). The adapter runs only when it is set.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// The REST API root, version included. The gateway URL always comes from <c>GET /gateway/bot</c> on it, so
    /// pointing this at another server (a test double) moves everything.
    /// </summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>A guild (server) id to register slash commands in instantly while developing; null registers them globally.</summary>
    public string? DevGuildId { get; set; }

    /// <summary>This process's shard, 0 ≤ ShardId &lt; ShardCount.</summary>
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs; 1 (the default) sends no shard field.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// How long an interaction may wait for the coach before it is acknowledged as "thinking…" and edited later.
    /// Discord invalidates an interaction not answered within 3 s, so this stays well below that.
    /// </summary>
    public int InteractionDeferAfterMs { get; set; } = 2000;
}
