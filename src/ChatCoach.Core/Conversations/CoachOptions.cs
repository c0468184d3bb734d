using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Conversations;

/// <summary>The coach's own settings (section <c>Coach</c>).</summary>
public sealed class CoachOptions
{
    public const string SectionName = "Coach";

    /// <summary>The folder holding the seed content (exercises/*.json, coaching.json).</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>The unit new users start with: kg or lb.</summary>
    public string DefaultUnit { get; set; } = "kg";

    /// <summary>The IANA timezone new users start with.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>The name people use to mention the coach in a group (without @).</summary>
    public string BotName { get; set; } = "coach";

    public WeightUnit Unit => WeightUnits.TryParse(DefaultUnit, out var unit) ? unit : WeightUnit.Kg;
}
