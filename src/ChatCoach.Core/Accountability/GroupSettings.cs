using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Accountability;

/// <summary>A group chat's accountability settings. Times are the group's local times.</summary>
public sealed record GroupSettings(
    ChatAddress Chat,
    bool Enabled,
    string TimeZone,
    DayOfWeek DigestDay,
    TimeOnly DigestTime,
    DayOfWeek ReminderDay,
    TimeOnly ReminderTime,
    bool PlainLogs,
    string? AdminPlatformUserId,
    DateTimeOffset? EnabledAt)
{
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
