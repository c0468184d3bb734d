namespace ChatCoach.Core.Chat;

/// <summary>
/// An adapter's way of saying something unprompted (digests, reminders). One per platform; the scheduler picks the
/// sender whose <see cref="Platform"/> matches the target chat.
/// </summary>
public interface IChatSender
{
    ChatPlatform Platform { get; }

    Task SendAsync(ChatAddress to, Reply reply, CancellationToken ct);
}
