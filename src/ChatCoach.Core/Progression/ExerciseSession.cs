using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Progression;

/// <summary>All sets of one exercise on one training day: the unit progression reasons about.</summary>
public sealed record ExerciseSession(DateOnly Date, IReadOnlyList<StoredSet> Sets)
{
    /// <summary>The weight (kg) every set was done at, or null when the sets differ or carry no weight.</summary>
    public decimal? SameWeightKg
    {
        get
        {
            var first = Sets[0].WeightKg;
            return first is { } kg && Sets.All(s => s.WeightKg is { } w && Math.Abs(w - kg) < 0.01m) ? kg : null;
        }
    }

    public decimal? TopWeightKg => Sets.Max(s => s.WeightKg);

    public int? MinReps => Sets.All(s => s.Reps is not null) ? Sets.Min(s => s.Reps) : null;

    public int? MinSeconds => Sets.All(s => s.Seconds is not null) ? Sets.Min(s => s.Seconds) : null;

    public int TotalReps => Sets.Sum(s => s.Reps ?? 0);

    public bool AllAtOrEasierThanRpe(decimal rpe) => Sets.All(s => s.Rpe is { } r && r <= rpe);

    /// <summary>The set written as the user wrote it (weight and unit of the first set), for explanations.</summary>
    public StoredSet First => Sets[0];

    /// <summary>Sets grouped into sessions, oldest day first, each day's sets in logged order.</summary>
    public static IReadOnlyList<ExerciseSession> FromSets(IEnumerable<StoredSet> sets)
    {
        // Runs after every log: a sort and one pass instead of grouping, ordering and re-sorting each group.
        var sorted = new List<StoredSet>(sets);
        sorted.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        var sessions = new List<ExerciseSession>();
        var start = 0;
        for (var n = 1; n <= sorted.Count; n++)
        {
            if (n == sorted.Count || sorted[n].Date != sorted[start].Date)
            {
                sessions.Add(new ExerciseSession(sorted[start].Date, sorted.GetRange(start, n - start)));
                start = n;
            }
        }

        return sessions;
    }
}
