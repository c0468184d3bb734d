namespace ChatCoach.Core.Workouts;

/// <summary>The kinds of personal record the coach keeps per exercise.</summary>
public enum RecordKind
{
    /// <summary>The heaviest weight lifted for a given number of reps.</summary>
    HeaviestForReps,

    /// <summary>The best estimated one-rep max (Epley, w × (1 + r/30), sets of 10 reps or fewer).</summary>
    EstimatedOneRepMax,

    /// <summary>The longest timed hold.</summary>
    LongestHold,

    /// <summary>The most reps in one set without added load.</summary>
    MostReps,
}
