using Microsoft.Extensions.Logging;

namespace ChatCoach.Host;

/// <summary>Host log messages, event ids 4000–4999.</summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Starting with adapters: {Adapters}")]
    public static partial void Starting(ILogger logger, string adapters);
}
