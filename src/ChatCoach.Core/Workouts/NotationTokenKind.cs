namespace ChatCoach.Core.Workouts;

/// <summary>The kinds of token the set-notation tokenizer emits.</summary>
internal enum NotationTokenKind
{
    Word,
    Number,

    /// <summary><c>1:30</c> or <c>1:00:00</c>; the value is in seconds.</summary>
    Clock,

    /// <summary>An ISO date; the value is its <see cref="DateOnly.DayNumber"/>, or the token is flagged invalid.</summary>
    Date,

    /// <summary><c>x</c>, <c>X</c>, <c>×</c> or <c>*</c>.</summary>
    Times,
    At,
    Comma,
    Slash,
    Plus,
    Colon,

    /// <summary>A new line, <c>;</c>, or a full stop or exclamation mark that ends a sentence.</summary>
    Break,

    /// <summary>A question mark: it ends the sentence and makes it a question.</summary>
    Question,
}
