namespace ChatCoach.Core.Workouts;

/// <summary>
/// One token of a message. Words carry <see cref="Text"/> (lower case, apostrophes kept for "i'll") and
/// <see cref="Fold"/> (the catalog's folded form: no apostrophes, plural "s" dropped); numbers carry their value and
/// how they were written, so that "100.0" and an over-long number can be told apart from a plain "100".
/// </summary>
internal readonly record struct NotationToken(
    NotationTokenKind Kind,
    int Start,
    int Length,
    string Text,
    string Fold,
    decimal Value,
    int FractionDigits,
    bool Negative,
    bool Invalid,
    bool SpaceBefore)
{
    public bool IsWord => Kind == NotationTokenKind.Word;

    public bool IsPlainNumber => Kind == NotationTokenKind.Number && !Invalid && !Negative;

    public int End => Start + Length;
}
