using System.Globalization;
using ChatCoach.Core.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram;

/// <summary>
/// Sends the coach's replies to Telegram: rendered as HTML, split to fit, with buttons, photos and documents, through
/// the <see cref="Outbox"/>. Also the platform's <see cref="IChatSender"/> for unprompted messages.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient bot, Outbox outbox, IChatHandler core, ILogger<TelegramSender> logger) : IChatSender
{
    public ChatPlatform Platform => ChatPlatform.Telegram;

    /// <summary>Sends an unprompted reply (a digest, a reminder). A message Telegram refuses is logged and dropped.</summary>
    public async Task SendAsync(ChatAddress to, Reply reply, CancellationToken ct)
    {
        try
        {
            await DeliverAsync(to, ParseId(reply.InReplyToMessageId), reply, ct);
        }
        catch (DeliveryFailedException e)
        {
            Log.Dropped(logger, ParseChat(to), e.Message);
        }
    }

    /// <summary>
    /// Sends a reply to an inbound message: in the same chat and topic, as a reply to it; or privately to one user
    /// when the core asks, falling back to the chat when Telegram will not let the bot write to that user.
    /// </summary>
    public async Task AnswerAsync(InboundMessage source, Reply reply, CancellationToken ct)
    {
        var chat = reply.To ?? source.Chat;
        var replyTo = ParseId(reply.InReplyToMessageId ?? (reply.To is null ? source.MessageId : null));
        try
        {
            var inChat = reply;
            if (reply.PrivateToUserId is { } userId && userId != chat.ChatId)
            {
                var direct = new ChatAddress(ChatPlatform.Telegram, userId, IsGroup: false);
                try
                {
                    await DeliverAsync(direct, replyTo: null, reply, ct);
                    return;
                }
                catch (DeliveryFailedException e) when (e.Code is 403 or 400)
                {
                    // 403: the user never started the bot or blocked it; 400: no such chat. A reply with the member's
                    // own data is replaced by the core's notice rather than posted in the group.
                    Log.PrivateFallback(logger, ParseChat(direct), ParseChat(chat), e.Message);
                    inChat = reply.PrivateFallback ?? reply;
                }
            }

            await DeliverAsync(chat, replyTo, inChat, ct);
        }
        catch (DeliveryFailedException e)
        {
            Log.Dropped(logger, ParseChat(chat), e.Message);
        }
    }

    private async Task DeliverAsync(ChatAddress chat, int? replyTo, Reply reply, CancellationToken ct)
    {
        var chatId = ParseChat(chat);
        var thread = ParseId(chat.ThreadId);
        var rendered = TelegramHtml.Render(reply);
        foreach (var skipped in rendered.SkippedActions)
        {
            Log.ActionSkipped(logger, skipped.Label, System.Text.Encoding.UTF8.GetByteCount(skipped.Command));
        }

        using var lane = await outbox.OpenAsync(chatId, chat.IsGroup, ct);
        var first = true;

        // Only the first message answers the inbound one; the rest follow it. A reply to a deleted message still goes.
        ReplyParameters? Threading()
        {
            var parameters = first && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            first = false;
            return parameters;
        }

        async Task SentAsync(Message sent)
        {
            if (reply.Reference is not null)
            {
                await core.RememberDeliveryAsync(chat, sent.Id.ToString(CultureInfo.InvariantCulture), reply, ct);
            }
        }

        var parts = rendered.Parts;
        if (reply.Attachment is { } file)
        {
            var caption = parts.Count == 1 && parts[0].Length <= TelegramHtml.MaxCaptionLength ? parts[0] : null;
            if (caption is null)
            {
                foreach (var part in parts)
                {
                    var threading = Threading();
                    await SentAsync(await lane.SendAsync(c => bot.SendMessage(chatId, part, ParseMode.Html, threading, messageThreadId: thread, cancellationToken: c), ct));
                }
            }

            var fileThreading = Threading();
            await SentAsync(await lane.SendAsync(
                c =>
                {
                    // A fresh stream per attempt: a retry must upload the whole file again.
                    var upload = InputFile.FromStream(new MemoryStream(file.Content.ToArray(), writable: false), file.FileName);
                    return file.IsImage
                        ? bot.SendPhoto(chatId, upload, caption, ParseMode.Html, fileThreading, rendered.Keyboard, messageThreadId: thread, cancellationToken: c)
                        : bot.SendDocument(chatId, upload, caption, ParseMode.Html, fileThreading, rendered.Keyboard, messageThreadId: thread, cancellationToken: c);
                },
                ct));
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var keyboard = i == parts.Count - 1 ? rendered.Keyboard : null;
            var threading = Threading();
            await SentAsync(await lane.SendAsync(c => bot.SendMessage(chatId, part, ParseMode.Html, threading, keyboard, messageThreadId: thread, cancellationToken: c), ct));
        }
    }

    private static long ParseChat(ChatAddress chat) =>
        long.TryParse(chat.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("A Telegram chat id is a number.", nameof(chat));

    private static int? ParseId(string? id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
