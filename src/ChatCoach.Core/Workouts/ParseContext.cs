namespace ChatCoach.Core.Workouts;

/// <summary>
/// What the set-notation parser needs to know about the person writing: the unit a bare weight is in, and the day
/// that "today", "yesterday" and weekday names are counted from.
/// </summary>
public sealed record ParseContext(WeightUnit DefaultUnit, DateOnly Today);
