using System.Data.Common;
using ChatCoach.Core.Chat;
using Dapper;

namespace ChatCoach.Storage;

/// <summary>Handled inbound events, keyed by (platform, chat, delivery key), and the messages that carry replies.</summary>
internal sealed class MessageLog(DbConnection connection, DbTransaction? transaction, SessionCommands commands) : IMessageLog
{
    public MessageLog(SessionCommands commands)
        : this(commands.Connection, commands.Transaction, commands)
    {
    }

    public MessageLog(DbConnection connection, DbTransaction? transaction)
        : this(connection, transaction, new SessionCommands(connection, transaction, cache: null))
    {
    }

    private const string InsertChat = """
        INSERT INTO chats (platform, chat_id, is_group, first_seen_at)
        VALUES (@Platform, @ChatId, @IsGroup, @At)
        ON CONFLICT (platform, chat_id) DO NOTHING
        """;

    private const string InsertMessage = """
        INSERT INTO inbound_messages (platform, chat_id, delivery_key, user_id, handled_at)
        VALUES (@Platform, @ChatId, @DeliveryKey, @UserId, @At)
        ON CONFLICT (platform, chat_id, delivery_key) DO NOTHING
        """;

    private const string InsertReply = """
        INSERT INTO delivered_replies (platform, chat_id, message_id, reference, delivered_at)
        VALUES (@Platform, @ChatId, @MessageId, @Reference, @At)
        ON CONFLICT (platform, chat_id, message_id) DO UPDATE SET reference = excluded.reference
        """;

    private const string SelectReply = """
        SELECT reference FROM delivered_replies
        WHERE platform = @Platform AND chat_id = @ChatId AND message_id = @MessageId
        """;

    public async Task<bool> TryRecordAsync(ChatAddress chat, string deliveryKey, long userId, DateTimeOffset at, CancellationToken ct)
    {
        var platform = UserRepository.PlatformName(chat.Platform);
        if (commands.Known?.KnowsChat(platform, chat.ChatId) != true)
        {
            await commands.ExecuteAsync(InsertChat, [("Platform", platform), ("ChatId", chat.ChatId), ("IsGroup", chat.IsGroup), ("At", at)], ct);
            commands.Known?.KnowChat(platform, chat.ChatId);
        }

        var inserted = await commands.ExecuteAsync(
            InsertMessage,
            [("Platform", platform), ("ChatId", chat.ChatId), ("DeliveryKey", deliveryKey), ("UserId", userId), ("At", at)],
            ct);
        return inserted == 1;
    }

    public Task RememberReplyAsync(ChatAddress chat, string messageId, string reference, DateTimeOffset at, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            InsertReply,
            new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, MessageId = messageId, Reference = reference, At = at.ToUniversalTime() },
            transaction,
            cancellationToken: ct));

    public Task<string?> FindReplyReferenceAsync(ChatAddress chat, string messageId, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            SelectReply,
            new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, MessageId = messageId },
            transaction,
            cancellationToken: ct));
}
