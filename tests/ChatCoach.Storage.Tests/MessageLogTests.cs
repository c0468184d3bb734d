using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage.Tests;

public sealed class MessageLogTests
{
    private static readonly ChatAddress AnaChat = new(ChatPlatform.Telegram, "1001", IsGroup: false);
    private static readonly UserDefaults Defaults = new(WeightUnit.Kg, "UTC");

    [Fact]
    public async Task The_same_message_is_recorded_once_and_its_redelivery_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync();

        var first = await RecordAsync(db, AnaChat, "42");
        var again = await RecordAsync(db, AnaChat, "42");

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public async Task The_same_message_id_in_another_chat_is_a_different_message()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.True(await RecordAsync(db, AnaChat, "42"));
        Assert.True(await RecordAsync(db, AnaChat with { ChatId = "2002", IsGroup = true }, "42"));
        Assert.True(await RecordAsync(db, AnaChat with { Platform = ChatPlatform.Discord }, "42"));
    }

    [Fact]
    public async Task A_rolled_back_session_leaves_no_record_so_the_redelivery_is_handled()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            var user = await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, CancellationToken.None);
            await session.Messages.TryRecordAsync(AnaChat, "42", user.Id, DateTimeOffset.UnixEpoch, CancellationToken.None);

            // No commit: a crash or an exception mid-handling.
        }

        Assert.True(await RecordAsync(db, AnaChat, "42"));
    }

    [Fact]
    public async Task A_delivered_reply_can_be_traced_back_by_its_platform_message_id()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            await session.Messages.RememberReplyAsync(AnaChat, "900", "log:7", DateTimeOffset.UnixEpoch, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var read = await db.Store.BeginAsync(CancellationToken.None);
        Assert.Equal("log:7", await read.Messages.FindReplyReferenceAsync(AnaChat, "900", CancellationToken.None));
        Assert.Null(await read.Messages.FindReplyReferenceAsync(AnaChat, "901", CancellationToken.None));
    }

    private static async Task<bool> RecordAsync(TestDatabase db, ChatAddress chat, string messageId)
    {
        await using var session = await db.Store.BeginAsync(CancellationToken.None);
        var user = await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var recorded = await session.Messages.TryRecordAsync(chat, messageId, user.Id, DateTimeOffset.UnixEpoch, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return recorded;
    }
}
