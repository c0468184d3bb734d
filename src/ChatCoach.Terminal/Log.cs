using Microsoft.Extensions.Logging;

namespace ChatCoach.Terminal;

/// <summary>Terminal log messages, event ids 3000–3999.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Information, "Terminal chat ended: input closed")]
    public static partial void InputClosed(ILogger logger);

    [LoggerMessage(3001, LogLevel.Warning, "Replay line {Line} skipped: {Reason}")]
    public static partial void LineSkipped(ILogger logger, int line, string reason);
}
