namespace ChatCoach.Core.Exercises;

/// <summary>How an exercise progresses: by load, by hold time, or by reps, then up a ladder of harder variations.</summary>
public sealed record ProgressionScheme
{
    /// <summary><c>load</c>, <c>hold</c> or <c>reps</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Weight added per step, in kilograms.</summary>
    public decimal? LoadStepKg { get; init; }

    /// <summary>Weight added per step, in pounds.</summary>
    public decimal? LoadStepLb { get; init; }

    /// <summary>The working rep range: reaching the top in every set means the weight has become easy.</summary>
    public IReadOnlyList<int>? RepRange { get; init; }

    /// <summary>The hold-time range in seconds for timed exercises.</summary>
    public IReadOnlyList<int>? HoldRange { get; init; }

    /// <summary>Seconds added per step for timed exercises.</summary>
    public int? HoldStepSeconds { get; init; }

    /// <summary>Harder variations in order, for when the top of the range is reached.</summary>
    public IReadOnlyList<string> Ladder { get; init; } = [];

    /// <summary>Advice for the very first session, such as starting with the empty bar.</summary>
    public string? FirstSession { get; init; }

    /// <summary>A sensible first working weight in kilograms, used to spot a first session far above the ladder.</summary>
    public decimal? StartKg { get; init; }

    public int? RepLow => RepRange is { Count: 2 } r ? r[0] : null;

    public int? RepHigh => RepRange is { Count: 2 } r ? r[1] : null;
}
