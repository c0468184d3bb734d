using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>Updates as Telegram sends them, for scripting the fake server. Ids are given by the server.</summary>
internal static class Updates
{
    public const long GroupId = -1001234567890;

    public static readonly DateTime Sent = new(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc);

    public static User Person(long id, string first = "Ana", string? last = null, string? username = null) =>
        new() { Id = id, FirstName = first, LastName = last, Username = username };

    public static User Bot(long id = FakeBotApi.BotId, string username = FakeBotApi.BotUsername) =>
        new() { Id = id, IsBot = true, FirstName = "Bot", Username = username };

    public static Message PrivateMessage(User from, int messageId, string text) => new()
    {
        Id = messageId,
        Date = Sent,
        Chat = new Chat { Id = from.Id, Type = ChatType.Private, FirstName = from.FirstName },
        From = from,
        Text = text,
    };

    public static Message GroupMessage(User from, int messageId, string text, long chatId = GroupId) => new()
    {
        Id = messageId,
        Date = Sent,
        Chat = new Chat { Id = chatId, Type = ChatType.Supergroup, Title = "Lifters" },
        From = from,
        Text = text,
    };

    public static Update Private(User from, int messageId, string text) => new() { Message = PrivateMessage(from, messageId, text) };

    public static Update Group(User from, int messageId, string text) => new() { Message = GroupMessage(from, messageId, text) };

    public static Update Edited(Message original, string newText, DateTime editedAt)
    {
        original.Text = newText;
        original.EditDate = editedAt;
        return new Update { EditedMessage = original };
    }

    /// <summary>A press of an inline button on the bot's message <paramref name="onMessageId"/>.</summary>
    public static Update Button(User from, long chatId, int onMessageId, string data, string callbackId) => new()
    {
        CallbackQuery = new CallbackQuery
        {
            Id = callbackId,
            From = from,
            ChatInstance = "instance-1",
            Data = data,
            Message = new Message
            {
                Id = onMessageId,
                Date = Sent,
                Chat = chatId > 0
                    ? new Chat { Id = chatId, Type = ChatType.Private }
                    : new Chat { Id = chatId, Type = ChatType.Supergroup, Title = "Lifters" },
                From = Bot(),
                Text = "Logged.",
            },
        },
    };
}
