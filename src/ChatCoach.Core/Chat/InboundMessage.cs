namespace ChatCoach.Core.Chat;

/// <summary>
/// One message from a person, translated by an adapter into the core's neutral shape.
/// </summary>
/// <param name="Chat">Where it was said.</param>
/// <param name="UserId">The sender's id on that platform.</param>
/// <param name="UserName">The sender's display name (user-supplied text: escape it when rendering).</param>
/// <param name="MessageId">The platform's message id; with the chat it identifies the message for idempotency.</param>
/// <param name="Text">What was said, or the command a button stands for.</param>
/// <param name="SentAt">When the platform says it was sent.</param>
public sealed record InboundMessage(
    ChatAddress Chat,
    string UserId,
    string UserName,
    string MessageId,
    string Text,
    DateTimeOffset SentAt)
{
    /// <summary>The message this one replies to, when the platform says so.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>True when the replied-to message was sent by the coach.</summary>
    public bool ReplyToCoach { get; init; }

    /// <summary>True when the coach was addressed: a mention, a reply to the coach, or a command meant for it.</summary>
    public bool AddressesCoach { get; init; }

    /// <summary>
    /// True for an edit of an earlier message (<see cref="MessageId"/> is then the edited message's id).
    /// The core replaces what that message produced.
    /// </summary>
    public bool IsEdit { get; init; }

    /// <summary>
    /// A distinct key for an edit or a button press, which reuse a message id but are separate events.
    /// Null for an ordinary message.
    /// </summary>
    public string? EventId { get; init; }

    /// <summary>True when the platform says the sender administers the group chat.</summary>
    public bool SenderIsAdmin { get; init; }

    /// <summary>The key under which the core records that it handled this inbound event.</summary>
    public string DeliveryKey => EventId is null ? MessageId : $"{MessageId}#{EventId}";
}
