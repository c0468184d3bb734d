namespace ChatCoach.Core.Accountability;

/// <summary>A member of an accountability group and their choices.</summary>
public sealed record GroupMember(
    long UserId,
    string DisplayName,
    string PlatformUserId,
    int WeeklyGoal,
    bool ShareWeights,
    bool Remind,
    DateTimeOffset JoinedAt,
    DateOnly? RemindedWeek,
    bool WelcomeBackSent);
