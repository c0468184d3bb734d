using System.Diagnostics;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>
/// A real clock running <see cref="Factor"/> times faster: time read and timers agree, so rate limits, 429 waits and
/// backoff behave exactly as in production, only sooner. One second of Telegram's pacing costs 1/Factor s of test time.
/// It starts now, or at <paramref name="start"/> when a test needs a particular day (a Sunday evening for a digest).
/// </summary>
internal sealed class FastClock(double factor = 50, DateTimeOffset? start = null) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _origin = start ?? DateTimeOffset.UtcNow;

    public double Factor { get; } = factor;

    public override DateTimeOffset GetUtcNow() => _origin + Stopwatch.GetElapsedTime(_started) * Factor;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new FastTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan t) => t == Timeout.InfiniteTimeSpan || t <= TimeSpan.Zero ? t : t / Factor;

    private sealed class FastTimer(ITimer inner, FastClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
