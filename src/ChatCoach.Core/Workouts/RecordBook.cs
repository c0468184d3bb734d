namespace ChatCoach.Core.Workouts;

/// <summary>Pure rules for personal records: which sets set a record, and which records a new log beats.</summary>
public static class RecordBook
{
    /// <summary>Epley's estimate applies to sets of this many reps or fewer; beyond it the estimate drifts.</summary>
    public const int MaxRepsForEstimate = 10;

    /// <summary>The best record of each kind among some sets of one exercise.</summary>
    public static IReadOnlyList<PersonalRecord> Best(string exerciseId, IEnumerable<(LoggedSet Set, DateOnly Date)> sets)
    {
        // Runs on every log over a handful of sets: a short list searched in place is cheaper than a dictionary.
        var best = new List<PersonalRecord>();
        foreach (var (set, date) in sets)
        {
            AddRecordsOf(best, exerciseId, set, date);
        }

        best.Sort(static (a, b) => a.Kind != b.Kind ? ((int)a.Kind).CompareTo((int)b.Kind) : a.Reps.CompareTo(b.Reps));
        return best;
    }

    /// <summary>
    /// The candidates that improve on the existing records (<c>Improved</c>, to store), and among them those that beat a
    /// record that already existed (<c>Beaten</c>, to celebrate: a first ever set is not a record worth a trophy).
    /// </summary>
    public static (IReadOnlyList<PersonalRecord> Improved, IReadOnlyList<PersonalRecord> Beaten) Compare(
        IReadOnlyList<PersonalRecord> existing,
        IReadOnlyList<PersonalRecord> candidates)
    {
        var improved = new List<PersonalRecord>();
        var beaten = new List<PersonalRecord>();
        foreach (var candidate in candidates)
        {
            var old = Find(existing, candidate);
            if (old is null)
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

    private static PersonalRecord? Find(IReadOnlyList<PersonalRecord> records, PersonalRecord like)
    {
        foreach (var record in records)
        {
            if (record.Kind == like.Kind && record.Reps == like.Reps && record.ExerciseId == like.ExerciseId)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="record"/> when it is the first of its kind and reps, or better than the one kept.</summary>
    private static void Keep(List<PersonalRecord> best, PersonalRecord record)
    {
        for (var i = 0; i < best.Count; i++)
        {
            if (best[i].Kind == record.Kind && best[i].Reps == record.Reps)
            {
                if (record.Value > best[i].Value)
                {
                    best[i] = record;
                }

                return;
            }
        }

        best.Add(record);
    }

    private static void AddRecordsOf(List<PersonalRecord> best, string exerciseId, LoggedSet set, DateOnly date)
    {
        if (set.Seconds is { } seconds and > 0)
        {
            Keep(best, new PersonalRecord(exerciseId, RecordKind.LongestHold, 0, seconds, set.Weight, set.Unit, set.Reps, seconds, date));
            return;
        }

        if (set.Reps is not { } reps || reps <= 0)
        {
            return;
        }

        if (set.Weight is { } weight && set.Unit is { } unit && weight > 0)
        {
            var kg = decimal.Round(WeightUnits.ToKg(weight, unit), 3);
            Keep(best, new PersonalRecord(exerciseId, RecordKind.HeaviestForReps, reps, kg, weight, unit, reps, null, date));
            if (reps <= MaxRepsForEstimate)
            {
                Keep(best, new PersonalRecord(exerciseId, RecordKind.EstimatedOneRepMax, 0, decimal.Round(EstimatedOneRepMax(kg, reps), 3), weight, unit, reps, null, date));
            }
        }
        else
        {
            Keep(best, new PersonalRecord(exerciseId, RecordKind.MostReps, 0, reps, null, null, reps, null, date));
        }
    }
}
