namespace ChatCoach.Core.Chat;

/// <summary>
/// Where a conversation happens. <paramref name="ThreadId"/> carries a Telegram forum topic so replies land in the
/// same topic; it is null elsewhere.
/// </summary>
public sealed record ChatAddress(ChatPlatform Platform, string ChatId, bool IsGroup, string? ThreadId = null);
