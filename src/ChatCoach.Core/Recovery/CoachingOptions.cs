namespace ChatCoach.Core.Recovery;

/// <summary>The coaching rules' settings (section <c>Coaching</c>).</summary>
public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>Regions that need rest days; by default the article's lower-back rule.</summary>
    public List<RecoveryRule> RecoveryRules { get; set; } = [];

    /// <summary>A top set this much heavier than last session's earns a "start slow" caution (0.10 = 10%).</summary>
    public decimal MaxJump { get; set; } = 0.10m;

    /// <summary>The rules in force: the configured ones, or the article's lower-back rule when none are configured.</summary>
    public IReadOnlyList<RecoveryRule> EffectiveRecoveryRules => RecoveryRules.Count > 0 ? RecoveryRules : [new RecoveryRule()];
}
