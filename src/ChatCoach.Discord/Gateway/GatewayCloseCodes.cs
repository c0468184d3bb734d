namespace ChatCoach.Discord.Gateway;

/// <summary>Gateway close codes, received from the server, and the one this client sends.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Send: the code we close with to reconnect. Never 1000/1001, which end the session.</summary>
    public const int Reconnect = 4000;

    /// <summary>Receive: the token was rejected.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>Receive: the resume sequence was invalid; start a new session.</summary>
    public const int InvalidSequence = 4007;

    /// <summary>Receive: the session timed out; start a new session.</summary>
    public const int SessionTimedOut = 4009;

    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static CloseAction Classify(int? code) => code switch
    {
        AuthenticationFailed or (>= InvalidShard and <= DisallowedIntents) => CloseAction.Fatal,
        InvalidSequence or SessionTimedOut => CloseAction.NewSession,
        _ => CloseAction.Resume,
    };

    /// <summary>What to fix, for a fatal close code. Never contains the token.</summary>
    public static string Explain(int code) => code switch
    {
        AuthenticationFailed => "Discord rejected the bot token (gateway close 4004): check Discord:BotToken (CHATCOACH_Discord__BotToken); reset the token under Bot in the Discord developer portal if it leaked or expired",
        InvalidShard => "Discord rejected the shard (gateway close 4010): check Discord:ShardId and Discord:ShardCount (0 <= ShardId < ShardCount)",
        ShardingRequired => "Discord requires sharding for this bot (gateway close 4011): set Discord:ShardCount to the recommended number of shards and run one process per Discord:ShardId",
        InvalidApiVersion => "Discord rejected the gateway API version (gateway close 4012): Discord:ApiBaseUrl must end in /api/v10",
        InvalidIntents => "Discord rejected the intents bitmask (gateway close 4013): the adapter sent an invalid intent; this is a bug in ChatCoach.Discord",
        DisallowedIntents => "Discord refused the privileged Message Content intent (gateway close 4014): enable the Message Content intent under Bot → Privileged Gateway Intents in the Discord developer portal, then restart",
        _ => $"Discord closed the gateway with code {code}",
    };
}
