namespace ChatCoach.Core.Workouts;

/// <summary>An attempt to log that could not be read. The message says what is wrong and shows a correct example.</summary>
public sealed record NotationError(string Message) : NotationResult;
