using Microsoft.Extensions.Logging;

namespace ChatCoach.Storage;

/// <summary>Storage log messages, event ids 2000–2999.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Applied migration {Version} ({Name}) to the {Dialect} database")]
    public static partial void MigrationApplied(ILogger logger, string version, string name, string dialect);

    [LoggerMessage(2001, LogLevel.Information, "Database ready: {Dialect} at {Location}, {Count} migrations applied now")]
    public static partial void DatabaseReady(ILogger logger, string dialect, string location, int count);
}
