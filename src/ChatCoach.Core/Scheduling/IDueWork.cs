using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Scheduling;

/// <summary>
/// Work that falls due at a time: digests, reminders. Pure of the clock it is given, so the background service runs it
/// on the real clock and replay runs it at each due time the simulated clock passes.
/// </summary>
public interface IDueWork
{
    /// <summary>The earliest time after <paramref name="after"/> when something may fall due, or null for nothing.</summary>
    Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken ct);

    /// <summary>Runs whatever is due at <paramref name="now"/> and returns the messages to send (each with its <see cref="Reply.To"/>).</summary>
    Task<IReadOnlyList<Reply>> RunDueAsync(DateTimeOffset now, CancellationToken ct);
}
