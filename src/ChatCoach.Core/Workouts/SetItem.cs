namespace ChatCoach.Core.Workouts;

/// <summary>
/// One piece of set notation. <see cref="Part"/> counts the commas before it, so that a weight can go with the sets
/// written beside it; <see cref="BeforeName"/> tells "20 pushups" (reps) from "deadlift 100" (probably a weight).
/// </summary>
internal readonly record struct SetItem(
    SetItemKind Kind,
    decimal Value,
    bool Whole,
    WeightUnit? Unit,
    string? Word,
    int Part,
    bool BeforeName,
    bool Comma)
{
    public bool IsQuantity => Kind is SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Weight or SetItemKind.Duration or SetItemKind.Sets or SetItemKind.Reps;

    public bool IsBare => Kind is SetItemKind.Number or SetItemKind.Unknown;
}
