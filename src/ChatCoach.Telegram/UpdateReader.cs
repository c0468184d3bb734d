using System.Globalization;
using System.Text;
using ChatCoach.Core.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram;

/// <summary>
/// Translates Telegram messages and button presses into the core's <see cref="InboundMessage"/>. Pure: the admin
/// lookup and the clock stay with the caller.
/// </summary>
internal static class UpdateReader
{
    /// <summary>Telegram's limit on callback_data, in bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>
    /// A message or an edit as the core sees it, or null (with the reason) for what the coach must not answer:
    /// other bots, itself, channels, messages without text, and commands addressed to another bot.
    /// </summary>
    public static InboundMessage? FromMessage(Message m, bool isEdit, BotIdentity me, out string? ignored)
    {
        ignored = null;
        var address = Address(m);
        if (address is null)
        {
            ignored = $"{m.Chat.Type} chat";
            return null;
        }

        if (m.From is not { } from || from.IsBot || from.Id == me.Id)
        {
            // Covers the bot itself, other bots and anonymous group admins (sent as GroupAnonymousBot).
            ignored = "not from a person";
            return null;
        }

        var raw = m.Text ?? m.Caption;
        if (string.IsNullOrWhiteSpace(raw))
        {
            ignored = "no text";
            return null;
        }

        var addressed = !address.IsGroup;
        var text = raw;
        switch (StripCommandTarget(text, me.Username, out var stripped))
        {
            case CommandTarget.OtherBot:
                ignored = "command for another bot";
                return null;
            case CommandTarget.Us:
                text = stripped;
                addressed = true;
                break;
            case CommandTarget.Anyone:
                // A bare /command in a group reaches every bot there; the core treats commands as its own.
                addressed = true;
                break;
        }

        if (StripMention(text, me.Username, out var withoutMention))
        {
            text = withoutMention;
            addressed = true;
        }

        var inReplyTo = RepliedTo(m);
        var replyToCoach = inReplyTo?.From?.Id == me.Id;
        // An edited message keeps the date it was sent: the core dates a log (and reads "today", "yesterday") by it, so
        // an edit after midnight still corrects the evening's sets. The edit date only tells the edits apart.
        var editedAt = m.EditDate ?? m.Date;
        return new InboundMessage(address, Id(from.Id), DisplayName(from), Id(m.Id), text, Utc(m.Date))
        {
            ReplyToMessageId = inReplyTo is null ? null : Id(inReplyTo.Id),
            ReplyToCoach = replyToCoach,
            AddressesCoach = addressed || replyToCoach,
            IsEdit = isEdit,

            // Each edit is its own event: the same message id, a different edit date.
            EventId = isEdit ? "edit:" + Id(new DateTimeOffset(Utc(editedAt)).ToUnixTimeSeconds()) : null,
        };
    }

    /// <summary>
    /// A button press as the command it stands for, or null when the button's message is gone (inline messages,
    /// messages too old for Telegram to include). Check <see cref="IsCommandData"/> first.
    /// </summary>
    public static InboundMessage? FromCallback(CallbackQuery q, DateTimeOffset now)
    {
        if (q.Message is not { } m || Address(m) is not { } address || q.Data is not { } data || q.From.IsBot)
        {
            return null;
        }

        return new InboundMessage(address, Id(q.From.Id), DisplayName(q.From), Id(m.Id), data, now)
        {
            AddressesCoach = true,
            EventId = "cb:" + q.Id,
        };
    }

    /// <summary>
    /// Callback data comes back from the client and could be anything: only a short printable slash command, the
    /// shape the coach's own buttons have, is passed on.
    /// </summary>
    public static bool IsCommandData(string? data) =>
        data is { Length: >= 2 }
        && data[0] == '/'
        && Encoding.UTF8.GetByteCount(data) <= MaxCallbackDataBytes
        && !data.Any(char.IsControl);

    /// <summary>True when the text is a slash command (the shape the core reads as one).</summary>
    public static bool IsCommand(string text)
    {
        var t = text.TrimStart();
        return t.Length >= 2 && t[0] == '/' && char.IsAsciiLetter(t[1]);
    }

    public static string DisplayName(User u)
    {
        var name = $"{u.FirstName} {u.LastName}".Trim();
        return name.Length > 0 ? name : u.Username ?? "user " + Id(u.Id);
    }

    private static ChatAddress? Address(Message m)
    {
        var isGroup = m.Chat.Type switch
        {
            ChatType.Private => false,
            ChatType.Group or ChatType.Supergroup => true,
            _ => (bool?)null,
        };
        if (isGroup is null)
        {
            return null;
        }

        // Only forum topics keep replies in a thread; message_thread_id also appears on plain reply threads.
        var thread = m.IsTopicMessage && m.MessageThreadId is { } t ? Id(t) : null;
        return new ChatAddress(ChatPlatform.Telegram, Id(m.Chat.Id), isGroup.Value, thread);
    }

    /// <summary>The message replied to, leaving out the topic's opening message that every forum post points at.</summary>
    private static Message? RepliedTo(Message m) =>
        m.ReplyToMessage is { } r && !(m.IsTopicMessage && r.Id == m.MessageThreadId) ? r : null;

    private enum CommandTarget
    {
        NotACommand,
        Anyone,
        Us,
        OtherBot,
    }

    /// <summary>Reads <c>/cmd@Name</c>: ours loses the <c>@Name</c>, another bot's is not for us.</summary>
    private static CommandTarget StripCommandTarget(string text, string username, out string stripped)
    {
        stripped = text;
        if (!IsCommand(text))
        {
            return CommandTarget.NotACommand;
        }

        var start = text.Length - text.TrimStart().Length;
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var at = text.IndexOf('@', start, end - start);
        if (at < 0)
        {
            return CommandTarget.Anyone;
        }

        if (!text.AsSpan(at + 1, end - at - 1).Equals(username, StringComparison.OrdinalIgnoreCase))
        {
            return CommandTarget.OtherBot;
        }

        stripped = string.Concat(text.AsSpan(0, at), text.AsSpan(end));
        return CommandTarget.Us;
    }

    /// <summary>Removes every <c>@username</c> of the bot (whole word, any case); true when there was one.</summary>
    private static bool StripMention(string text, string username, out string stripped)
    {
        stripped = text;
        if (username.Length == 0)
        {
            return false;
        }

        var mention = "@" + username;
        var sb = new StringBuilder(text.Length);
        var found = false;
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.IndexOf(mention, i, StringComparison.OrdinalIgnoreCase);
            var after = hit + mention.Length;
            if (hit < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            if (after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_'))
            {
                // @TestBotFan is someone else.
                sb.Append(text, i, after - i);
                i = after;
                continue;
            }

            sb.Append(text, i, hit - i);
            found = true;

            // "hey @coach, form tips": the punctuation belonged to the mention.
            while (after < text.Length && text[after] is ',' or ':')
            {
                after++;
            }

            i = after;
        }

        if (found)
        {
            stripped = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().TrimStart(',', ':').Trim();
        }

        return found;
    }

    private static DateTime Utc(DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
