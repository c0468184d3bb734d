namespace ChatCoach.Core.Chat;

/// <summary>The core as adapters see it: a message in, the replies out.</summary>
public interface IChatHandler
{
    /// <summary>
    /// Handles one inbound message and returns what to say. Everything the message changes is stored before this
    /// returns; a redelivered message returns no replies.
    /// </summary>
    Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct);

    /// <summary>
    /// Tells the core which platform message carries a reply it produced, so that a later reply to that message can
    /// refer back to it (a correction of a log). Adapters call it after sending each reply whose
    /// <see cref="Reply.Reference"/> is set; it does nothing for others.
    /// </summary>
    Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct);
}
