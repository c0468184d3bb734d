using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord;

/// <summary>
/// Sends replies as channel messages: threaded to the message they answer, privately by DM when the core asks (back
/// to the channel when the user does not accept DMs), and told back to the core when they carry a reference.
/// Also the platform's <see cref="IChatSender"/> for unprompted messages such as digests.
/// </summary>
internal sealed class ReplySender(DiscordApi api, IChatHandler handler, ILogger<ReplySender> logger) : IChatSender
{
    /// <summary>Discord's JSON error code for "cannot send messages to this user".</summary>
    public const int CannotMessageUser = 50007;

    private readonly ConcurrentDictionary<string, string> _dmChannels = new(StringComparer.Ordinal);

    public ChatPlatform Platform => ChatPlatform.Discord;

    public Task SendAsync(ChatAddress to, Reply reply, CancellationToken ct) => SendAsync(to, reply, reply.InReplyToMessageId, ct);

    /// <summary>Sends one reply in the chat (or privately); <paramref name="inReplyTo"/> threads it under that message.</summary>
    public async Task SendAsync(ChatAddress chat, Reply reply, string? inReplyTo, CancellationToken ct)
    {
        if (reply.PrivateToUserId is { } userId && await SendPrivatelyAsync(userId, reply, ct))
        {
            return;
        }

        // A reply with the member's own data never lands in the channel: the core's notice goes there instead.
        var shown = reply.PrivateToUserId is null ? reply : reply.PrivateFallback ?? reply;
        var target = reply.To ?? chat;
        await PostAsync(target, shown, reply.InReplyToMessageId ?? inReplyTo, ct);
    }

    /// <summary>True when the reply reached the user's DMs; false when it should go to the chat instead.</summary>
    public async Task<bool> SendPrivatelyAsync(string userId, Reply reply, CancellationToken ct)
    {
        if (!_dmChannels.TryGetValue(userId, out var channelId))
        {
            var opened = await api.OpenDmAsync(userId, ct);
            if (!opened.IsSuccess || opened.Id is null)
            {
                Log.PrivateFallback(logger, opened.Status, opened.ErrorCode ?? 0);
                return false;
            }

            channelId = _dmChannels[userId] = opened.Id;
        }

        var result = await PostAsync(new ChatAddress(ChatPlatform.Discord, channelId, IsGroup: false), reply, null, ct);
        if (result.ErrorCode == CannotMessageUser || !result.IsSuccess)
        {
            Log.PrivateFallback(logger, result.Status, result.ErrorCode ?? 0);
            return false;
        }

        return true;
    }

    /// <summary>Tells the core which Discord message carries a reply, when the reply has a reference.</summary>
    public async Task RememberAsync(ChatAddress chat, string? messageId, Reply reply, CancellationToken ct)
    {
        if (reply.Reference is not null && messageId is not null)
        {
            await handler.RememberDeliveryAsync(chat, messageId, reply, ct);
        }
    }

    private async Task<RestResponse> PostAsync(ChatAddress chat, Reply reply, string? inReplyTo, CancellationToken ct)
    {
        RestResponse last = new(0, null, default);
        var first = true;
        foreach (var message in MessageRenderer.Render(reply))
        {
            var payload = message.Payload;
            if (first && inReplyTo is not null)
            {
                // fail_if_not_exists false: a deleted question still gets its answer, just unthreaded.
                payload["message_reference"] = new JsonObject { ["message_id"] = inReplyTo, ["fail_if_not_exists"] = false };
            }

            last = await api.CreateMessageAsync(chat.ChatId, payload, message.File, ct);
            if (!last.IsSuccess)
            {
                return last;
            }

            await RememberAsync(chat, last.Id, reply, ct);
            first = false;
        }

        return last;
    }
}
