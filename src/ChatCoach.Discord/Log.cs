using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord;

/// <summary>Discord log messages, event ids 6000–6999. Never the token, never message text: it is health data.</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Information, "Connecting to the Discord gateway at {Host} ({Mode})")]
    private static partial void Connecting(ILogger logger, string host, string mode);

    public static void Connecting(ILogger logger, string host, bool resuming) => Connecting(logger, host, resuming ? "resume" : "identify");

    [LoggerMessage(6001, LogLevel.Information, "Identifying with intents {Intents}, shard {ShardId} of {ShardCount}")]
    public static partial void Identifying(ILogger logger, int intents, int shardId, int shardCount);

    [LoggerMessage(6002, LogLevel.Information, "Discord session ready as bot user {BotUserId} in {GuildCount} guilds")]
    public static partial void Ready(ILogger logger, string botUserId, int guildCount);

    [LoggerMessage(6003, LogLevel.Information, "Discord session resumed after sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, long sequence);

    [LoggerMessage(6004, LogLevel.Information, "Reconnecting to Discord after {Outcome} (resume: {Resume}) in {DelayMs} ms")]
    public static partial void Reconnecting(ILogger logger, string outcome, bool resume, int delayMs);

    [LoggerMessage(6005, LogLevel.Information, "Discord asked the client to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(6006, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(6007, LogLevel.Warning, "No heartbeat ACK from Discord since the last heartbeat: the connection is a zombie, reconnecting")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(6008, LogLevel.Warning, "Discord gateway connection lost ({ErrorType}: {Error})")]
    public static partial void ConnectionLost(ILogger logger, string errorType, string error);

    [LoggerMessage(6009, LogLevel.Warning, "Discord closed the gateway with code {Code}; next: {Next}")]
    public static partial void Closed(ILogger logger, int code, string next);

    [LoggerMessage(6010, LogLevel.Warning, "Discord's daily identify budget is spent; waiting {Seconds} s for it to reset")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, int seconds);

    [LoggerMessage(6011, LogLevel.Critical, "Discord adapter stopped: {Problem}")]
    public static partial void AdapterStopped(ILogger logger, string problem);

    [LoggerMessage(6012, LogLevel.Critical, "Discord adapter stopped after an unexpected error")]
    public static partial void AdapterFailed(ILogger logger, Exception exception);

    [LoggerMessage(6020, LogLevel.Warning, "Discord rate limit on {Route}: retrying after {RetryAfterSeconds} s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool global);

    [LoggerMessage(6021, LogLevel.Warning, "Discord request {Method} {Route} failed with HTTP {Status}, Discord error code {ErrorCode}")]
    public static partial void RequestFailed(ILogger logger, string method, string route, int status, int errorCode);

    [LoggerMessage(6022, LogLevel.Information, "Discord request {Route} answered {Status} (0 = no response); retry {Attempt}")]
    public static partial void RequestRetry(ILogger logger, string route, int status, int attempt);

    [LoggerMessage(6023, LogLevel.Error, "Discord request {Method} {Route} gave up after {Attempts} attempts (last HTTP {Status})")]
    public static partial void RequestGaveUp(ILogger logger, string method, string route, int status, int attempts);

    [LoggerMessage(6030, LogLevel.Information, "Registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(6031, LogLevel.Error, "Discord {Kind} handling failed")]
    public static partial void HandlingFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(6032, LogLevel.Debug, "Interaction {InteractionId} deferred: the coach took longer than {DeferAfterMs} ms")]
    public static partial void InteractionDeferred(ILogger logger, string interactionId, int deferAfterMs);

    [LoggerMessage(6033, LogLevel.Warning, "Button press {InteractionId} carried an invalid command; acknowledged without an answer")]
    public static partial void InvalidButton(ILogger logger, string interactionId);

    [LoggerMessage(6034, LogLevel.Information, "A private reply could not be sent as a DM (HTTP {Status}, Discord error code {ErrorCode}); sending it in the chat")]
    public static partial void PrivateFallback(ILogger logger, int status, int errorCode);
}
