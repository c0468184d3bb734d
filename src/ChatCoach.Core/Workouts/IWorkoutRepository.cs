using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Workouts;

/// <summary>Workout logs, sets and personal records. Every method works on one user's own data only.</summary>
public interface IWorkoutRepository
{
    /// <summary>Stores a log with its entries and returns its id.</summary>
    Task<long> AddLogAsync(long userId, ChatAddress chat, string sourceMessageId, DateTimeOffset loggedAt, IReadOnlyList<DatedEntry> entries, CancellationToken ct);

    /// <summary>Replaces the sets of a log (a correction), keeping its id.</summary>
    Task ReplaceLogAsync(long logId, long userId, IReadOnlyList<DatedEntry> entries, CancellationToken ct);

    /// <summary>Removes a log and its sets.</summary>
    Task DeleteLogAsync(long logId, long userId, CancellationToken ct);

    /// <summary>A log of this user by id, or null (also when it belongs to someone else).</summary>
    Task<StoredLog?> FindLogAsync(long logId, long userId, CancellationToken ct);

    /// <summary>The log this user's message produced in a chat, or null.</summary>
    Task<StoredLog?> FindLogBySourceAsync(long userId, ChatAddress chat, string sourceMessageId, CancellationToken ct);

    /// <summary>The user's most recent log, or null.</summary>
    Task<StoredLog?> LastLogAsync(long userId, CancellationToken ct);

    /// <summary>
    /// The sets of the latest session (training day) of an exercise before <paramref name="before"/>, or empty.
    /// </summary>
    Task<IReadOnlyList<StoredSet>> LastSessionAsync(long userId, string exerciseId, DateOnly before, CancellationToken ct);

    /// <summary>The sets of the most recent <paramref name="sessions"/> training days of an exercise (or of any, when null), newest first.</summary>
    Task<IReadOnlyList<StoredSet>> RecentSessionsAsync(long userId, string? exerciseId, int sessions, CancellationToken ct);

    /// <summary>Every set of one exercise, oldest first: used to rebuild records after an undo or a correction.</summary>
    Task<IReadOnlyList<StoredSet>> AllSetsAsync(long userId, string exerciseId, CancellationToken ct);

    /// <summary>The user's records, for one exercise or all.</summary>
    Task<IReadOnlyList<PersonalRecord>> RecordsAsync(long userId, string? exerciseId, CancellationToken ct);

    /// <summary>Stores records, replacing any of the same exercise, kind and reps.</summary>
    Task SaveRecordsAsync(long userId, IReadOnlyList<PersonalRecord> records, CancellationToken ct);

    /// <summary>Removes every record of one exercise (before a rebuild).</summary>
    Task ClearRecordsAsync(long userId, string exerciseId, CancellationToken ct);

    /// <summary>The user's sets from <paramref name="from"/> to <paramref name="to"/>, both days included.</summary>
    Task<IReadOnlyList<StoredSet>> SetsBetweenAsync(long userId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Notes that the coach said or heard something about a day; false when it was noted already.</summary>
    Task<bool> TryAddNoteAsync(long userId, DateOnly day, string subject, string kind, CancellationToken ct);

    /// <summary>Every note about one of the user's days, as (subject, kind) pairs.</summary>
    Task<IReadOnlySet<(string Subject, string Kind)>> NotesAsync(long userId, DateOnly day, CancellationToken ct);

    /// <summary>Every set the user ever logged, oldest first: the export.</summary>
    Task<IReadOnlyList<StoredSet>> AllUserSetsAsync(long userId, CancellationToken ct);
}
