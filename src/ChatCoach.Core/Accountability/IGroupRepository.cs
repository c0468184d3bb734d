using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Accountability;

/// <summary>Accountability groups, their members, check-ins, milestones and job claims.</summary>
public interface IGroupRepository
{
    /// <summary>The group's settings, created (disabled, with the defaults) on first sight. The first speaker is its admin where the platform has no admin notion.</summary>
    Task<GroupSettings> EnsureAsync(GroupSettings defaults, DateTimeOffset now, CancellationToken ct);

    Task UpdateAsync(GroupSettings settings, CancellationToken ct);

    /// <summary>Every group with accountability on.</summary>
    Task<IReadOnlyList<GroupSettings>> EnabledAsync(CancellationToken ct);

    Task<IReadOnlyList<GroupMember>> MembersAsync(ChatAddress chat, CancellationToken ct);

    Task<GroupMember?> MemberAsync(ChatAddress chat, long userId, CancellationToken ct);

    /// <summary>Adds the member or updates their choices.</summary>
    Task SaveMemberAsync(ChatAddress chat, GroupMember member, CancellationToken ct);

    Task<bool> RemoveMemberAsync(ChatAddress chat, long userId, CancellationToken ct);

    /// <summary>Records a check-in (a session without sets) for a day; false when that day already had one.</summary>
    Task<bool> AddCheckInAsync(long userId, DateOnly day, DateTimeOffset at, CancellationToken ct);

    /// <summary>The days each user trained (logged sets or checked in) between two days, both included.</summary>
    Task<IReadOnlyList<(long UserId, DateOnly Day)>> TrainingDaysAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>The exercises each user set a record on between two days.</summary>
    Task<IReadOnlyList<(long UserId, string ExerciseId)>> RecordsSetAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Counts sets logged by the users between two days.</summary>
    Task<int> SetCountAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Records that a member reached a milestone in a group; false when it was already announced.</summary>
    Task<bool> TryRecordMilestoneAsync(ChatAddress chat, long userId, string milestone, DateTimeOffset at, CancellationToken ct);

    /// <summary>Claims a group's job for a period; only the first claim succeeds, whichever process makes it.</summary>
    Task<bool> TryClaimJobAsync(ChatAddress chat, string job, string period, string claimedBy, DateTimeOffset at, CancellationToken ct);
}
