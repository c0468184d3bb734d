using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Users;

/// <summary>A person the coach knows, with their preferences. <see cref="Id"/> is the store's own id.</summary>
public sealed record UserProfile(long Id, string DisplayName, WeightUnit Unit, string TimeZone)
{
    /// <summary>The user's timezone, falling back to UTC when the stored name is unknown to this machine.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The user's local calendar day at an instant: the training day.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
