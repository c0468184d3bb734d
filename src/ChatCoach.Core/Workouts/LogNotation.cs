namespace ChatCoach.Core.Workouts;

/// <summary>A message that logs sets, one entry per exercise in the order written.</summary>
public sealed record LogNotation(IReadOnlyList<LoggedEntry> Entries) : NotationResult;
