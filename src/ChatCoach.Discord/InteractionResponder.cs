using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Discord;

/// <summary>
/// Answers INTERACTION_CREATE within Discord's 3 seconds. The coach runs (in the channel's queue); if it answers
/// within <see cref="DiscordOptions.InteractionDeferAfterMs"/> the answer is the callback itself (type 4), otherwise
/// a "thinking…" callback (type 5) goes out at once and the answer later replaces it (PATCH @original). Further
/// replies become follow-ups. Button presses are answered the same way, with a new message (type 4) rather than by
/// rewriting the message the button is on (type 7): that message (a how-to, a log) stays readable, and the answer
/// reads as a reply to the press. A press the coach has nothing to say to is acknowledged silently (type 6).
/// Replies the core keeps private go by DM; when the user's DMs are closed they are shown to the asker alone
/// (ephemeral) instead of to the channel.
/// </summary>
internal sealed class InteractionResponder(
    DiscordApi api,
    IChatHandler handler,
    ChannelQueue queue,
    ReplySender sender,
    SlashCommands commands,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<InteractionResponder> logger)
{
    private const string Done = "Done.";
    private readonly TimeSpan _deferAfter = TimeSpan.FromMilliseconds(options.Value.InteractionDeferAfterMs);

    public async Task RespondAsync(JsonElement d, long receivedAt, CancellationToken ct)
    {
        var id = d.GetProperty("id").GetString()!;
        var token = d.GetProperty("token").GetString()!;
        var type = d.GetProperty("type").GetInt32();
        switch (type)
        {
            case InteractionType.Ping:
                await api.InteractionCallbackAsync(id, token, new JsonObject { ["type"] = InteractionType.Pong }, null, ct);
                return;
            case InteractionType.Autocomplete:
                await AutocompleteAsync(id, token, d.GetProperty("data"), ct);
                return;
            case InteractionType.ApplicationCommand or InteractionType.Component:
                break;
            default:
                return;
        }

        var message = MessageTranslator.FromInteraction(d);
        if (message is null)
        {
            Log.InvalidButton(logger, id);
            await api.InteractionCallbackAsync(id, token, new JsonObject { ["type"] = InteractionType.DeferredUpdate }, null, ct);
            return;
        }

        var work = queue.Run(message.Chat.ChatId, () => handler.HandleAsync(message, CancellationToken.None));
        var left = _deferAfter - clock.GetElapsedTime(receivedAt);
        var deferred = false;
        if (left <= TimeSpan.Zero || await Task.WhenAny(work, Task.Delay(left, clock, ct)) != work)
        {
            deferred = true;
            Log.InteractionDeferred(logger, id, (int)_deferAfter.TotalMilliseconds);
            await api.InteractionCallbackAsync(id, token, new JsonObject { ["type"] = InteractionType.DeferredChannelMessage }, null, ct);
        }

        IReadOnlyList<Reply> replies;
        try
        {
            replies = await work;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.HandlingFailed(logger, e, "interaction");
            replies = [];
        }

        await DeliverAsync(d, message, replies, deferred, ct);
    }

    private async Task DeliverAsync(JsonElement d, InboundMessage message, IReadOnlyList<Reply> replies, bool deferred, CancellationToken ct)
    {
        var id = d.GetProperty("id").GetString()!;
        var token = d.GetProperty("token").GetString()!;
        var applicationId = d.GetProperty("application_id").GetString()!;
        var isButton = d.GetProperty("type").GetInt32() == InteractionType.Component;
        var originalUsed = false;
        foreach (var reply in replies)
        {
            if (reply.PrivateToUserId is { } userId && await sender.SendPrivatelyAsync(userId, reply, ct))
            {
                continue;
            }

            if (reply.To is { } elsewhere && elsewhere != message.Chat)
            {
                await sender.SendAsync(elsewhere, reply, null, ct);
                continue;
            }

            // The DM was refused. Unlike a message, an interaction can still answer the asker alone: an ephemeral
            // message, rather than the weights and health details the core meant to keep private going to the channel.
            var ephemeral = reply.PrivateToUserId is not null && message.Chat.IsGroup;
            foreach (var part in MessageRenderer.Render(reply))
            {
                if (ephemeral)
                {
                    part.Payload["flags"] = InteractionType.Ephemeral;
                }

                RestResponse sent;
                if (!originalUsed && !deferred)
                {
                    var callback = new JsonObject { ["type"] = InteractionType.ChannelMessage, ["data"] = part.Payload };
                    sent = await api.InteractionCallbackAsync(id, token, callback, part.File, ct);
                    sent = sent with { Body = ResponseMessage(sent.Body) };
                    originalUsed = true;
                }
                else if (!originalUsed && !ephemeral)
                {
                    sent = await api.EditOriginalAsync(applicationId, token, part.Payload, part.File, ct);
                    originalUsed = true;
                }
                else
                {
                    // A deferred answer's visibility was fixed by the type 5 callback: only a follow-up can be ephemeral.
                    sent = await api.FollowUpAsync(applicationId, token, part.Payload, part.File, ct);
                }

                if (sent.IsSuccess)
                {
                    await sender.RememberAsync(message.Chat, sent.Id, reply, ct);
                }
            }
        }

        if (originalUsed)
        {
            return;
        }

        // Discord shows an error when an interaction goes unanswered: say something short, or for a button, nothing.
        var done = new JsonObject { ["content"] = Done, ["flags"] = InteractionType.Ephemeral, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };
        if (deferred)
        {
            // A deferred answer's visibility was fixed by the type 5 callback; the edit cannot make it ephemeral.
            done.Remove("flags");
            await api.EditOriginalAsync(applicationId, token, done, null, ct);
        }
        else if (isButton)
        {
            await api.InteractionCallbackAsync(id, token, new JsonObject { ["type"] = InteractionType.DeferredUpdate }, null, ct);
        }
        else
        {
            await api.InteractionCallbackAsync(id, token, new JsonObject { ["type"] = InteractionType.ChannelMessage, ["data"] = done }, null, ct);
        }
    }

    private async Task AutocompleteAsync(string id, string token, JsonElement data, CancellationToken ct)
    {
        var choices = new JsonArray();
        foreach (var (name, value) in commands.Complete(SlashCommands.FocusedValue(data)))
        {
            choices.Add(new JsonObject { ["name"] = name, ["value"] = value });
        }

        var response = new JsonObject { ["type"] = InteractionType.AutocompleteResult, ["data"] = new JsonObject { ["choices"] = choices } };
        await api.InteractionCallbackAsync(id, token, response, null, ct);
    }

    /// <summary>With <c>with_response=true</c> the callback returns <c>{interaction, resource: {message}}</c>; the message is what was sent.</summary>
    private static JsonElement ResponseMessage(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("resource", out var resource) && resource.TryGetProperty("message", out var m) ? m : default;
}
