using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>
/// One Telegram chat (a private chat or the test supergroup) scripted through the fake server, so a test reads like a
/// transcript: <c>await chat.SayAsync(ana, "deadlift 3x5 80kg")</c> returns what the bot sent while handling it.
/// Messages carry the date set with <see cref="At"/>: the core's "today" is the date Telegram stamps on a message.
/// </summary>
internal sealed class TelegramChat(FakeBotApi api, Chat chat)
{
    private int _nextMessageId = 100;
    private int _nextCallbackId = 1;

    public DateTime Now { get; private set; } = Updates.Sent;

    public long Id => chat.Id;

    public static TelegramChat Private(FakeBotApi api, User with) =>
        new(api, new Chat { Id = with.Id, Type = ChatType.Private, FirstName = with.FirstName });

    public static TelegramChat Group(FakeBotApi api, long id = Updates.GroupId) =>
        new(api, new Chat { Id = id, Type = ChatType.Supergroup, Title = "Lifters" });

    /// <summary>Moves the chat's clock: later messages are dated <paramref name="utc"/> (ISO 8601, UTC).</summary>
    public TelegramChat At(string utc)
    {
        Now = DateTime.SpecifyKind(DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
        return this;
    }

    /// <summary>The message last said with <see cref="SayAsync"/>, for editing it.</summary>
    public Message? Last { get; private set; }

    public Task<IReadOnlyList<RecordedCall>> SayAsync(User from, string text) => SendAsync(NewMessage(from, text));

    /// <summary>A reply (Telegram's reply_to_message) to one of the bot's messages.</summary>
    public Task<IReadOnlyList<RecordedCall>> ReplyAsync(User from, RecordedCall botMessage, string text)
    {
        var message = NewMessage(from, text);
        message.ReplyToMessage = new Message
        {
            Id = (int)botMessage.MessageId!.Value,
            Date = Now,
            Chat = chat,
            From = Updates.Bot(),
            Text = botMessage.Text,
        };
        return SendAsync(message);
    }

    /// <summary>The sender edits an earlier message of theirs; Telegram sends the whole message again with an edit date.</summary>
    public Task<IReadOnlyList<RecordedCall>> EditAsync(Message original, string newText) =>
        api.ExchangeAsync(new Update
        {
            EditedMessage = new Message
            {
                Id = original.Id,
                Date = original.Date,
                EditDate = Now,
                Chat = chat,
                From = original.From,
                Text = newText,
            },
        });

    /// <summary>Presses an inline button of a bot message; returns what the bot sent and the press's callback id.</summary>
    public async Task<(IReadOnlyList<RecordedCall> Sent, string CallbackId)> PressAsync(User from, RecordedCall botMessage, string data)
    {
        var id = $"cb-{chat.Id}-{_nextCallbackId++}";
        var sent = await api.ExchangeAsync(Press(from, botMessage, data, id));
        return (sent, id);
    }

    /// <summary>A press as an update, for tests that queue it themselves.</summary>
    public Update Press(User from, RecordedCall botMessage, string data, string callbackId) => new()
    {
        CallbackQuery = new CallbackQuery
        {
            Id = callbackId,
            From = from,
            ChatInstance = "instance-" + chat.Id.ToString(CultureInfo.InvariantCulture),
            Data = data,
            Message = new Message
            {
                Id = (int)botMessage.MessageId!.Value,
                Date = Now,
                Chat = chat,
                From = Updates.Bot(),
                Text = botMessage.Text,
            },
        },
    };

    /// <summary>A new message as an update, for tests that queue it themselves.</summary>
    public Update MessageFrom(User from, string text) => new() { Message = NewMessage(from, text) };

    private Message NewMessage(User from, string text)
    {
        Last = new Message { Id = _nextMessageId++, Date = Now, Chat = chat, From = from, Text = text };
        return Last;
    }

    private Task<IReadOnlyList<RecordedCall>> SendAsync(Message message) => api.ExchangeAsync(new Update { Message = message });
}
