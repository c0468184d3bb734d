namespace ChatCoach.Discord;

/// <summary>Randomness for spreading retries and heartbeats: timing only, never security.</summary>
internal static class Jitter
{
    /// <summary>A number in [0, 1).</summary>
#pragma warning disable CA5394 // Jitter spreads reconnects over time; predictability is harmless here.
    public static double Next() => Random.Shared.NextDouble();
#pragma warning restore CA5394

    /// <summary>A delay uniformly between the two bounds.</summary>
    public static TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * Next());
}
