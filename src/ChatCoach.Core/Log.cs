using Microsoft.Extensions.Logging;

namespace ChatCoach.Core;

/// <summary>Core log messages, event ids 1000–1999. Never message text or workout figures above Debug: they are health data.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Loaded {ExerciseCount} exercises and {TipCount} tips from {SeedsPath}")]
    public static partial void SeedsLoaded(ILogger logger, int exerciseCount, int tipCount, string seedsPath);

    [LoggerMessage(1001, LogLevel.Debug, "Redelivered message {MessageId} in {Platform} chat ignored")]
    public static partial void Redelivered(ILogger logger, string messageId, Chat.ChatPlatform platform);

    [LoggerMessage(1002, LogLevel.Error, "Handling message {MessageId} on {Platform} failed; nothing was stored")]
    public static partial void HandlingFailed(ILogger logger, Exception exception, string messageId, Chat.ChatPlatform platform);

    [LoggerMessage(1003, LogLevel.Debug, "Handled {Intent} from user {UserId} on {Platform}")]
    public static partial void Handled(ILogger logger, string intent, long userId, Chat.ChatPlatform platform);

    [LoggerMessage(1010, LogLevel.Error, "Scheduled work {Job} failed; it runs again on the next tick")]
    public static partial void DueWorkFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(1011, LogLevel.Warning, "No adapter is running for {Platform}; a scheduled message was not sent")]
    public static partial void NoSender(ILogger logger, Chat.ChatPlatform platform);

    [LoggerMessage(1012, LogLevel.Error, "Sending a scheduled message on {Platform} failed")]
    public static partial void SendFailed(ILogger logger, Exception exception, Chat.ChatPlatform platform);
}
