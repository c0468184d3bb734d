namespace ChatCoach.Core.Chat;

/// <summary>
/// The record of inbound events the core handled, and of the platform messages that carry its replies.
/// Platforms redeliver after restarts; a recorded event is not answered again and changes nothing.
/// </summary>
public interface IMessageLog
{
    /// <summary>
    /// Records the event (and the chat, on first sight); false when it was already recorded (a redelivery).
    /// The record belongs to the sender, so forgetting a user removes it too.
    /// </summary>
    Task<bool> TryRecordAsync(ChatAddress chat, string deliveryKey, long userId, DateTimeOffset at, CancellationToken ct);

    /// <summary>Remembers that a platform message in a chat carries a reply with this reference.</summary>
    Task RememberReplyAsync(ChatAddress chat, string messageId, string reference, DateTimeOffset at, CancellationToken ct);

    /// <summary>The reference of the coach's reply carried by a platform message, or null.</summary>
    Task<string?> FindReplyReferenceAsync(ChatAddress chat, string messageId, CancellationToken ct);
}
