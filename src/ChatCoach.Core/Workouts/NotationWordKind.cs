namespace ChatCoach.Core.Workouts;

/// <summary>What a word means to the set-notation parser. Only <see cref="Text"/> words can name an exercise.</summary>
internal enum NotationWordKind
{
    Text,

    /// <summary>Small words of prose ("did", "with", "my") that are never part of a custom exercise name.</summary>
    Filler,
    Unit,

    /// <summary>Seconds, minutes or hours; the value is the number of seconds in one.</summary>
    TimeUnit,
    Rpe,
    Sets,
    Reps,
    For,
    Of,
    Today,
    Yesterday,

    /// <summary>A weekday's full name; the value is its <see cref="DayOfWeek"/>.</summary>
    Weekday,

    /// <summary>A weekday's abbreviation, only a date at the start or end of a line ("mon", "fri").</summary>
    WeekdayShort,
    Day,
    Ago,
    Last,
    On,

    /// <summary>A word of the future or of doubt ("tomorrow", "will", "should"): the message is a plan, not a log.</summary>
    Plan,

    /// <summary>A word of a statement about a lift ("my deadlift is 140kg", "PR"): no log without sets.</summary>
    Statement,

    /// <summary>"one" to "twenty", or "a" before "set"; the value is the number.</summary>
    NumberWord,
}
