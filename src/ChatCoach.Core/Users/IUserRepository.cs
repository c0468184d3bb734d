using ChatCoach.Core.Chat;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Users;

/// <summary>Users and their platform identities.</summary>
public interface IUserRepository
{
    /// <summary>
    /// The user behind a platform identity, created with the defaults on first contact. The display name is
    /// refreshed when it changed.
    /// </summary>
    Task<UserProfile> EnsureAsync(ChatPlatform platform, string platformUserId, string displayName, UserDefaults defaults, DateTimeOffset now, CancellationToken ct);

    Task<UserProfile?> FindAsync(ChatPlatform platform, string platformUserId, CancellationToken ct);

    Task<UserProfile?> GetAsync(long userId, CancellationToken ct);

    Task SetUnitAsync(long userId, WeightUnit unit, CancellationToken ct);

    Task SetTimeZoneAsync(long userId, string timeZone, CancellationToken ct);

    /// <summary>Deletes the user and everything stored about them.</summary>
    Task DeleteAsync(long userId, CancellationToken ct);
}

/// <summary>What a new user starts with.</summary>
public sealed record UserDefaults(WeightUnit Unit, string TimeZone);
