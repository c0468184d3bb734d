namespace ChatCoach.Core.Workouts;

/// <summary>What one line (or comma-separated clause) of a message turned out to be.</summary>
internal enum SegmentVerdict
{
    /// <summary>Chatter: nothing to log and nothing wrong.</summary>
    Skip,

    /// <summary>A plan or a question: never logged.</summary>
    Plan,

    /// <summary>Only a day ("Yesterday:"): it dates the lines after it.</summary>
    DateOnly,

    /// <summary>Only an exercise name ("Deadlift:"): the lines after it hold its sets.</summary>
    Header,

    /// <summary>An exercise with its sets.</summary>
    Entry,

    /// <summary>Sets with no exercise name ("110x5" under "deadlift 100x5"): more sets of the exercise above.</summary>
    Continuation,
    Error,
}
