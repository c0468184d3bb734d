using ChatCoach.Core.Chat;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>The real core, held at one message until the test lets it go: a message "under way" at a chosen moment.</summary>
internal sealed class GatedHandler(IChatHandler core, string messageId, TaskCompletionSource entered, Task release) : IChatHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        if (message.MessageId == messageId)
        {
            entered.TrySetResult();
            await release.WaitAsync(ct);
        }

        return await core.HandleAsync(message, ct);
    }

    public Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct) =>
        core.RememberDeliveryAsync(chat, platformMessageId, reply, ct);
}
