namespace ChatCoach.Discord;

/// <summary>
/// The adapter's waits that are protocol advice rather than configuration. Tests register shorter ones; production
/// keeps these defaults.
/// </summary>
internal sealed record DiscordTimings
{
    /// <summary>The first reconnect delay after a failure; it doubles with each failure in a row, jittered.</summary>
    public TimeSpan ReconnectBase { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The random wait before identifying again after op 9 (false), so several shards do not collide.</summary>
    public TimeSpan InvalidSessionMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord allows <c>max_concurrency</c> identifies per this window.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The first retry delay after a 5xx or a network error; it doubles with each retry.</summary>
    public TimeSpan RestRetryBase { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often one REST request is tried in all (429s, 5xx and network errors together).</summary>
    public int RestMaxAttempts { get; init; } = 5;

    public TimeSpan RestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
