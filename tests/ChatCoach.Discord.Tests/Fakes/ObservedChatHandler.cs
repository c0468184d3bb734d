using System.Collections.Concurrent;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>
/// Wraps whichever coach a test runs (the real core or a <see cref="ScriptedHandler"/>) and records every message the
/// adapter hands it, so a test can wait for the coach to have a particular message rather than for some request.
/// </summary>
internal sealed class ObservedChatHandler(IChatHandler coach) : IChatHandler
{
    private readonly ConcurrentQueue<InboundMessage> _received = new();

    /// <summary>Every message given to the coach so far, in the order it was given.</summary>
    public IReadOnlyList<InboundMessage> Received => [.. _received];

    public Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        _received.Enqueue(message);
        return coach.HandleAsync(message, ct);
    }

    public Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct) =>
        coach.RememberDeliveryAsync(chat, platformMessageId, reply, ct);
}
