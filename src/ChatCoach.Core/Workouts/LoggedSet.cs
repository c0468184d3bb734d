namespace ChatCoach.Core.Workouts;

/// <summary>
/// One set as written: reps or a hold in seconds, and the weight in the unit it was written in (an added load such as
/// <c>+10kg</c> on pull-ups is the weight). <paramref name="Unit"/> is set exactly when <paramref name="Weight"/> is.
/// </summary>
public sealed record LoggedSet(int? Reps, decimal? Weight, WeightUnit? Unit, int? Seconds, decimal? Rpe);
