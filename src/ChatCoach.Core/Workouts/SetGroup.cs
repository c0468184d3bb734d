namespace ChatCoach.Core.Workouts;

/// <summary>Sets written together ("3x5", "100x5", "45s"), before they are checked and expanded into <see cref="LoggedSet"/>s.</summary>
internal sealed class SetGroup(int first, int last)
{
    public int First { get; } = first;

    public int Last { get; } = last;

    public int Part { get; init; }

    public SetItem? Sets { get; set; }

    public SetItem? Reps { get; set; }

    public SetItem? Seconds { get; set; }

    public SetItem? Weight { get; set; }

    public decimal? Rpe { get; set; }
}
