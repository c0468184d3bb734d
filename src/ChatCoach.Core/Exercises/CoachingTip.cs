namespace ChatCoach.Core.Exercises;

/// <summary>A piece of the article's advice, from <c>seeds/coaching.json</c>.</summary>
public sealed record CoachingTip
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
}
