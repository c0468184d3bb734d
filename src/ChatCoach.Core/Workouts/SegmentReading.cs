using ChatCoach.Core.Exercises;

namespace ChatCoach.Core.Workouts;

/// <summary>The parser's reading of one segment of a message.</summary>
internal sealed record SegmentReading(
    SegmentVerdict Verdict,
    bool HasNumbers = false,
    Exercise? Exercise = null,
    string? CustomName = null,
    DateOnly? Date = null,
    bool DateAtStart = false,
    bool DateAtEnd = false,
    List<LoggedSet>? Sets = null,
    string? Error = null)
{
    public static SegmentReading Skip { get; } = new(SegmentVerdict.Skip);
}
