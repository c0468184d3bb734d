using System.Collections.Concurrent;
using ChatCoach.Core.Chat;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>
/// A stand-in for the core where a test needs a reply shape the core cannot produce yet (buttons, files, long text),
/// or needs to see exactly what the adapter handed over.
/// </summary>
internal sealed class ScriptedHandler(Func<InboundMessage, IReadOnlyList<Reply>>? respond = null) : IChatHandler
{
    public ConcurrentQueue<InboundMessage> Received { get; } = new();

    public ConcurrentQueue<(ChatAddress Chat, string MessageId, Reply Reply)> Remembered { get; } = new();

    public Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        Received.Enqueue(message);
        return Task.FromResult(respond?.Invoke(message) ?? []);
    }

    public Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct)
    {
        Remembered.Enqueue((chat, platformMessageId, reply));
        return Task.CompletedTask;
    }
}
