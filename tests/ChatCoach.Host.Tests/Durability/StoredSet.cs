namespace ChatCoach.Host.Tests.Durability;

/// <summary>One row of <c>workout_sets</c>, as the durability tests read it straight from the file.</summary>
internal sealed record StoredSet(long LogId, long UserId, string ExerciseId, int Reps, decimal Weight, string Unit, string TrainingDate);
