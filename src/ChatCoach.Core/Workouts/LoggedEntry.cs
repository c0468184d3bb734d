namespace ChatCoach.Core.Workouts;

/// <summary>
/// The sets of one exercise from one message. <paramref name="ExerciseId"/> is the catalog id, or
/// <c>custom:&lt;kebab of the name as written&gt;</c> for an exercise the catalog does not know;
/// <paramref name="ExerciseName"/> is the catalog name, or the name as written. <paramref name="Date"/> is set only
/// when the message names the day trained.
/// </summary>
public sealed record LoggedEntry(string ExerciseId, string ExerciseName, DateOnly? Date, IReadOnlyList<LoggedSet> Sets);
