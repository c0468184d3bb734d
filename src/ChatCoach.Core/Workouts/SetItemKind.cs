namespace ChatCoach.Core.Workouts;

/// <summary>The pieces of set notation once units and words are attached to their numbers.</summary>
internal enum SetItemKind
{
    /// <summary>A bare number: sets, reps or a weight, depending on where it stands.</summary>
    Number,

    /// <summary>A number with a word after it that is not a unit we know ("100 stone"): an error if it is a weight.</summary>
    Unknown,
    Weight,
    Duration,
    Sets,
    Reps,
    Times,
    Separator,
    Rpe,

    /// <summary>A bare number after <c>@</c>: an RPE when it is 10 or less and a weight is given elsewhere, else a weight.</summary>
    AtNumber,
}
