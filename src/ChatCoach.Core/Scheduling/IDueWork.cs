using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Scheduling;

/// <summary>
/// Work that falls due at a time: digests, reminders. Pure of the clock it is given, so the background service runs it
/// on the real clock and replay runs it each time the simulated clock jumps forward.
/// </summary>
public interface IDueWork
{
    /// <summary>Runs whatever is due at <paramref name="now"/> and returns the messages to send.</summary>
    Task<IReadOnlyList<Reply>> RunDueAsync(DateTimeOffset now, CancellationToken ct);
}
