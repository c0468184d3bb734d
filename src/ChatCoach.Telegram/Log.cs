using Microsoft.Extensions.Logging;

namespace ChatCoach.Telegram;

/// <summary>
/// Telegram log messages, event ids 5000–5999. Never the token (it is part of every request URL, so no URL is logged),
/// never message text: workout logs are health data. Reasons are Telegram's own error descriptions.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Telegram bot @{BotUsername} connected, receiving by {Mode}")]
    public static partial void Connected(ILogger logger, string botUsername, string mode);

    [LoggerMessage(5001, LogLevel.Warning, "Setting the bot's command menu failed: {Reason}")]
    public static partial void CommandsNotSet(ILogger logger, string reason);

    [LoggerMessage(5002, LogLevel.Warning, "Removing the webhook before polling failed: {Reason}")]
    public static partial void WebhookNotDeleted(ILogger logger, string reason);

    [LoggerMessage(5003, LogLevel.Information, "Webhook registered with Telegram; listening on {ListenAddress}")]
    public static partial void WebhookListening(ILogger logger, string listenAddress);

    [LoggerMessage(5004, LogLevel.Warning, "Polling Telegram failed (attempt {Attempt}), retrying in {DelayMs} ms: {Reason}")]
    public static partial void PollingFailed(ILogger logger, int attempt, long delayMs, string reason);

    [LoggerMessage(5005, LogLevel.Error, "Handling Telegram update {UpdateId} failed: {Reason}")]
    public static partial void UpdateFailed(ILogger logger, int updateId, string reason);

    [LoggerMessage(5006, LogLevel.Debug, "Telegram update {UpdateId} ignored: {Reason}")]
    public static partial void UpdateIgnored(ILogger logger, int updateId, string reason);

    [LoggerMessage(5007, LogLevel.Information, "Telegram asked to slow down in chat {ChatId}: retrying in {RetryAfterSeconds} s")]
    public static partial void TooManyRequests(ILogger logger, long chatId, int retryAfterSeconds);

    [LoggerMessage(5008, LogLevel.Warning, "Sending to chat {ChatId} failed (attempt {Attempt}), retrying in {DelayMs} ms: {Reason}")]
    public static partial void SendRetrying(ILogger logger, long chatId, int attempt, long delayMs, string reason);

    [LoggerMessage(5009, LogLevel.Warning, "A message to chat {ChatId} was not delivered and is dropped: {Reason}")]
    public static partial void Dropped(ILogger logger, long chatId, string reason);

    [LoggerMessage(5010, LogLevel.Warning, "Button {Label} left out: its command is {Bytes} bytes, Telegram allows 64")]
    public static partial void ActionSkipped(ILogger logger, string label, int bytes);

    [LoggerMessage(5011, LogLevel.Information, "Button press {CallbackId} rejected: its data is not a command")]
    public static partial void InvalidCallback(ILogger logger, string callbackId);

    [LoggerMessage(5012, LogLevel.Warning, "Looking up whether user {UserId} administers chat {ChatId} failed: {Reason}")]
    public static partial void AdminLookupFailed(ILogger logger, long userId, long chatId, string reason);

    [LoggerMessage(5013, LogLevel.Debug, "Answering button press {CallbackId} failed: {Reason}")]
    public static partial void CallbackAnswerFailed(ILogger logger, string callbackId, string reason);

    [LoggerMessage(5014, LogLevel.Information, "User {UserId} cannot be written to privately ({Reason}); replying in chat {ChatId} instead")]
    public static partial void PrivateFallback(ILogger logger, long userId, long chatId, string reason);

    [LoggerMessage(5015, LogLevel.Warning, "Webhook request rejected: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(5016, LogLevel.Information, "The bot is now {Status} in chat {ChatId}")]
    public static partial void MembershipChanged(ILogger logger, string status, long chatId);

    [LoggerMessage(5017, LogLevel.Warning, "Telegram could not be reached at start-up (attempt {Attempt} of {Attempts}), retrying in {DelayMs} ms: {Reason}")]
    public static partial void StartupRetrying(ILogger logger, int attempt, int attempts, long delayMs, string reason);

    [LoggerMessage(5018, LogLevel.Information, "Telegram polling stopped; unconfirmed updates are redelivered at the next start")]
    public static partial void PollingStopped(ILogger logger);
}
