namespace ChatCoach.Terminal.Replay;

/// <summary>A clock that only moves when the transcript says so, making replay deterministic.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Set(DateTimeOffset now) => _now = now;
}
