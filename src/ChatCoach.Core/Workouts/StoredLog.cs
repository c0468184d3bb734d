using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Workouts;

/// <summary>One logging message's worth of sets: what undo removes and a correction replaces.</summary>
public sealed record StoredLog(long Id, long UserId, ChatAddress Chat, string SourceMessageId, DateTimeOffset LoggedAt, IReadOnlyList<StoredSet> Sets)
{
    /// <summary>The sets grouped back into entries, one per exercise and day, in the order they were logged.</summary>
    public IReadOnlyList<LoggedEntry> Entries() =>
        [.. Sets.GroupBy(s => (s.ExerciseId, s.Date))
            .Select(g => new LoggedEntry(g.Key.ExerciseId, g.First().ExerciseName, g.Key.Date, [.. g.OrderBy(s => s.SetNumber).Select(s => s.ToLogged())]))];
}
