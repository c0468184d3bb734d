using System.Collections.Concurrent;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>A stand-in for the core where a test needs reply shapes the core cannot produce yet (buttons, files) or a slow answer.</summary>
internal sealed class ScriptedHandler(Func<InboundMessage, Task<IReadOnlyList<Reply>>> answer) : IChatHandler
{
    public ConcurrentQueue<InboundMessage> Received { get; } = new();

    public ConcurrentQueue<(ChatAddress Chat, string MessageId, Reply Reply)> Remembered { get; } = new();

    public static ScriptedHandler Always(Reply reply, TimeSpan? delay = null) => new(async _ =>
    {
        if (delay is { } d)
        {
            await Task.Delay(d);
        }

        return [reply];
    });

    public async Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        Received.Enqueue(message);
        return await answer(message);
    }

    public Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct)
    {
        Remembered.Enqueue((chat, platformMessageId, reply));
        return Task.CompletedTask;
    }
}
