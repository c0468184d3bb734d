namespace ChatCoach.Core.Workouts;

/// <summary>
/// A personal record. <see cref="Value"/> is what records are compared by: kilograms for weights, seconds for holds,
/// reps for unloaded sets. <see cref="Weight"/> and <see cref="Unit"/> keep the set as it was written, for display.
/// </summary>
public sealed record PersonalRecord(
    string ExerciseId,
    RecordKind Kind,
    int Reps,
    decimal Value,
    decimal? Weight,
    WeightUnit? Unit,
    int? SetReps,
    int? Seconds,
    DateOnly AchievedOn);
