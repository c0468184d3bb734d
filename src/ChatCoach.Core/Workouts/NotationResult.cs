namespace ChatCoach.Core.Workouts;

/// <summary>
/// The parser's verdict on a message: <see cref="LogNotation"/> (sets to record), <see cref="NoLogNotation"/> (chatter,
/// a question or a plan) or <see cref="NotationError"/> (an attempt to log that could not be read).
/// </summary>
public abstract record NotationResult;
