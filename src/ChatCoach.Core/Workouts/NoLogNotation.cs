namespace ChatCoach.Core.Workouts;

/// <summary>A message that is not a log: chatter, a question, or a plan for later.</summary>
public sealed record NoLogNotation : NotationResult
{
    /// <summary>The one value there is any need for: the verdict carries no data.</summary>
    public static NoLogNotation Instance { get; } = new();
}
