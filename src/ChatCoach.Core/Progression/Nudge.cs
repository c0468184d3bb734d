namespace ChatCoach.Core.Progression;

/// <summary>What the progression rules advise.</summary>
public enum NudgeKind
{
    /// <summary>The current load has become easy: go up.</summary>
    Progress,

    /// <summary>Reps have been falling at one weight: go down and build back up.</summary>
    Deload,

    /// <summary>Too much too soon: slow down, form first.</summary>
    Caution,

    /// <summary>Keep going as you are (only for /next).</summary>
    Hold,
}

/// <summary>Advice with the evidence for it, in words, and the target it leads to.</summary>
public sealed record Nudge(NudgeKind Kind, string Reason, NextTarget? Next);
