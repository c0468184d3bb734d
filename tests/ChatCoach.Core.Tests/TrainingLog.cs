using System.Globalization;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests;

/// <summary>
/// Stored sets written by hand, the way the repository would return them: ids in logging order, names from the real
/// catalog. <c>log.Lift("2026-11-16", "deadlift", 100, WeightUnit.Kg, [5, 5, 5])</c> is "deadlift 3x5 100kg".
/// </summary>
internal sealed class TrainingLog
{
    private readonly List<StoredSet> _sets = [];

    public IReadOnlyList<StoredSet> Sets => _sets;

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Weighted sets, one per entry of <paramref name="reps"/>, all at one weight and (optionally) one RPE.</summary>
    public TrainingLog Lift(string date, string exerciseId, decimal weight, WeightUnit unit, int[] reps, decimal? rpe = null)
    {
        foreach (var r in reps)
        {
            Add(date, exerciseId, r, weight, unit, null, rpe);
        }

        return this;
    }

    /// <summary>Timed holds, one set per entry of <paramref name="seconds"/>.</summary>
    public TrainingLog Hold(string date, string exerciseId, int[] seconds)
    {
        foreach (var s in seconds)
        {
            Add(date, exerciseId, null, null, null, s, null);
        }

        return this;
    }

    /// <summary>Sets without added load, one per entry of <paramref name="reps"/>.</summary>
    public TrainingLog Bodyweight(string date, string exerciseId, int[] reps)
    {
        foreach (var r in reps)
        {
            Add(date, exerciseId, r, null, null, null, null);
        }

        return this;
    }

    /// <summary>The sessions of one exercise, oldest first, as the progression rules read them.</summary>
    public IReadOnlyList<ExerciseSession> Sessions(string exerciseId) =>
        ExerciseSession.FromSets(_sets.Where(s => s.ExerciseId == exerciseId));

    private void Add(string date, string exerciseId, int? reps, decimal? weight, WeightUnit? unit, int? seconds, decimal? rpe)
    {
        var day = Day(date);
        var name = TestCatalog.Instance.ById(exerciseId)?.Name ?? exerciseId;
        var setNumber = _sets.Count(s => s.ExerciseId == exerciseId && s.Date == day) + 1;
        var id = _sets.Count + 1;
        _sets.Add(new StoredSet(id, LogId: id, exerciseId, name, day, setNumber, reps, weight, unit, seconds, rpe));
    }
}
