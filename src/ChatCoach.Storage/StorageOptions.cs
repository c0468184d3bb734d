namespace ChatCoach.Storage;

/// <summary>Where and how the coach stores its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (the default).</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file, created on demand with its folder.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "chatcoach.db");

    /// <summary>
    /// SQLite's <c>synchronous</c> setting: FULL (the default) makes an acknowledged log survive power loss;
    /// NORMAL is faster and still safe against a crash of the process.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;
}
