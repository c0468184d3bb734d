namespace ChatCoach.Core.Workouts;

/// <summary>A set as stored: what was logged, on which training day, in which log.</summary>
public sealed record StoredSet(
    long Id,
    long LogId,
    string ExerciseId,
    string ExerciseName,
    DateOnly Date,
    int SetNumber,
    int? Reps,
    decimal? Weight,
    WeightUnit? Unit,
    int? Seconds,
    decimal? Rpe)
{
    /// <summary>The weight in kilograms, for comparing sets written in different units.</summary>
    public decimal? WeightKg => Weight is { } w && Unit is { } u ? WeightUnits.ToKg(w, u) : null;

    public LoggedSet ToLogged() => new(Reps, Weight, Unit, Seconds, Rpe);

    /// <summary>Stored sets as undated entries, one per exercise in order of first appearance, sets in logged order: for echoing them back.</summary>
    public static IEnumerable<LoggedEntry> AsEntries(IEnumerable<StoredSet> sets) =>
        sets.GroupBy(s => s.ExerciseId, StringComparer.Ordinal)
            .Select(g => new LoggedEntry(g.Key, g.First().ExerciseName, null, [.. g.OrderBy(s => s.Id).Select(s => s.ToLogged())]));
}
