namespace ChatCoach.Core.Workouts;

/// <summary>Pure rules for personal records: which sets set a record, and which records a new log beats.</summary>
public static class RecordBook
{
    /// <summary>Epley's estimate applies to sets of this many reps or fewer; beyond it the estimate drifts.</summary>
    public const int MaxRepsForEstimate = 10;

    /// <summary>The best record of each kind among some sets of one exercise.</summary>
    public static IReadOnlyList<PersonalRecord> Best(string exerciseId, IEnumerable<(LoggedSet Set, DateOnly Date)> sets)
    {
        var best = new Dictionary<(RecordKind, int), PersonalRecord>();
        foreach (var (set, date) in sets)
        {
            foreach (var record in RecordsOf(exerciseId, set, date))
            {
                var key = (record.Kind, record.Reps);
                if (!best.TryGetValue(key, out var seen) || record.Value > seen.Value)
                {
                    best[key] = record;
                }
            }
        }

        return [.. best.Values.OrderBy(r => r.Kind).ThenBy(r => r.Reps)];
    }

    /// <summary>
    /// The candidates that improve on the existing records (<c>Improved</c>, to store), and among them those that beat a
    /// record that already existed (<c>Beaten</c>, to celebrate: a first ever set is not a record worth a trophy).
    /// </summary>
    public static (IReadOnlyList<PersonalRecord> Improved, IReadOnlyList<PersonalRecord> Beaten) Compare(
        IReadOnlyList<PersonalRecord> existing,
        IReadOnlyList<PersonalRecord> candidates)
    {
        var byKey = existing.ToDictionary(r => (r.ExerciseId, r.Kind, r.Reps));
        var improved = new List<PersonalRecord>();
        var beaten = new List<PersonalRecord>();
        foreach (var candidate in candidates)
        {
            if (!byKey.TryGetValue((candidate.ExerciseId, candidate.Kind, candidate.Reps), out var old))
            {
                improved.Add(candidate);
            }
            else if (candidate.Value > old.Value)
            {
                improved.Add(candidate);
                beaten.Add(candidate);
            }
        }

        return (improved, beaten);
    }

    public static decimal EstimatedOneRepMax(decimal weightKg, int reps) => weightKg * (1 + (reps / 30m));

    private static IEnumerable<PersonalRecord> RecordsOf(string exerciseId, LoggedSet set, DateOnly date)
    {
        if (set.Seconds is { } seconds and > 0)
        {
            yield return new PersonalRecord(exerciseId, RecordKind.LongestHold, 0, seconds, set.Weight, set.Unit, set.Reps, seconds, date);
            yield break;
        }

        if (set.Reps is not { } reps || reps <= 0)
        {
            yield break;
        }

        if (set.Weight is { } weight && set.Unit is { } unit && weight > 0)
        {
            var kg = decimal.Round(WeightUnits.ToKg(weight, unit), 3);
            yield return new PersonalRecord(exerciseId, RecordKind.HeaviestForReps, reps, kg, weight, unit, reps, null, date);
            if (reps <= MaxRepsForEstimate)
            {
                yield return new PersonalRecord(exerciseId, RecordKind.EstimatedOneRepMax, 0, decimal.Round(EstimatedOneRepMax(kg, reps), 3), weight, unit, reps, null, date);
            }
        }
        else
        {
            yield return new PersonalRecord(exerciseId, RecordKind.MostReps, 0, reps, null, null, reps, null, date);
        }
    }
}
