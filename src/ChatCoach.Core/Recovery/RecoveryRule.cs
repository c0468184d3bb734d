namespace ChatCoach.Core.Recovery;

/// <summary>
/// A body region that needs rest between sessions: sessions loading <see cref="Region"/> should be at least
/// <see cref="MinDaysBetween"/> days apart (2 means nonconsecutive days). Configured, not coded, so other regions can
/// get rules too.
/// </summary>
public sealed class RecoveryRule
{
    public string Region { get; set; } = "lower-back";

    public int MinDaysBetween { get; set; } = 2;
}
