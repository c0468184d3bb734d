namespace ChatCoach.Core.Exercises;

/// <summary>One exercise of the catalog, as loaded from <c>seeds/exercises/*.json</c> (fields documented in seeds/README.md).</summary>
public sealed record Exercise
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Level { get; init; }
    public required string Category { get; init; }
    public IReadOnlyList<string> Muscles { get; init; } = [];
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public required string Summary { get; init; }
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<string> Mistakes { get; init; } = [];
    public IReadOnlyList<string> Safety { get; init; } = [];
    public IReadOnlyList<string> Easier { get; init; } = [];
    public IReadOnlyList<string> Harder { get; init; } = [];
    public ProgressionScheme? Progression { get; init; }

    /// <summary>True when the exercise loads the given body region (such as <c>lower-back</c>).</summary>
    public bool Loads(string region)
    {
        // The rest-day rules ask this of every recent set: an indexed loop allocates nothing.
        for (var i = 0; i < Regions.Count; i++)
        {
            if (string.Equals(Regions[i], region, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the seed carries a full guide (steps, cues, mistakes, safety), not just a summary.</summary>
    public bool HasFullGuide => Steps.Count > 0 && Cues.Count > 0 && Mistakes.Count > 0 && Safety.Count > 0;
}
