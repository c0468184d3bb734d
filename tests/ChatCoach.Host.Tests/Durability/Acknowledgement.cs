namespace ChatCoach.Host.Tests.Durability;

/// <summary>
/// A <c>coach (logged):</c> reply read from the coach's standard output: the echoed deadlift line, and the log id its
/// Undo button names (null when the process died before that line was printed).
/// </summary>
internal sealed record Acknowledgement(decimal Weight, int Sets, int Reps, long? LogId);
