namespace ChatCoach.Core.Accountability;

/// <summary>Defaults for new accountability groups and members (section <c>Accountability</c>).</summary>
public sealed class AccountabilityOptions
{
    public const string SectionName = "Accountability";

    /// <summary>Sessions a week a member aims for when they join without naming a goal.</summary>
    public int DefaultWeeklyGoal { get; set; } = 3;

    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Sunday;

    public TimeOnly DigestTime { get; set; } = new(18, 0);

    public DayOfWeek ReminderDay { get; set; } = DayOfWeek.Wednesday;

    public TimeOnly ReminderTime { get; set; } = new(18, 0);

    /// <summary>Members with no session for this many days get one "welcome back any time" and no more reminders.</summary>
    public int InactiveDays { get; set; } = 28;
}
