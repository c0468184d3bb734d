namespace ChatCoach.Core.Workouts;

/// <summary>A word's meaning and its number, if it has one (a unit, a weekday, a count of seconds).</summary>
internal readonly record struct NotationWord(NotationWordKind Kind, int Value = 0);
