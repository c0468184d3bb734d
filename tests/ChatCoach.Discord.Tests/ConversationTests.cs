using System.Text;
using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Scheduling;
using ChatCoach.Discord.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Discord.Tests;

/// <summary>People talking to the real coach over Discord messages, in DMs and in a server channel.</summary>
public sealed class ConversationTests
{
    private const string DmMessages = $"channels/{TestIds.AliceDm}/messages";
    private const string ChannelMessages = $"channels/{TestIds.Channel}/messages";
    private const string BobDmMessages = $"channels/dm-{TestIds.Bob}/messages";
    private const string Mention = $"<@{TestIds.Bot}>";

    /// <summary>Monday 16 November 2026, 18:00 UTC: the first day of the conversations below.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 18, 0, 0, TimeSpan.Zero);

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Alice_asks_logs_undoes_corrects_and_is_coached_in_her_DMs()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        // Monday. A question in plain words gets the guide as an embed.
        var howTo = Assert.Single(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m1", "how do I do a deadlift?", at: Monday)));
        Assert.StartsWith("Deadlift", howTo.FirstEmbed!.Value.GetProperty("title").GetString(), StringComparison.Ordinal);

        // /log entry:… is answered in the callback, with an Undo button naming the log.
        var logId = TestIds.Snowflake(Monday.AddMinutes(1));
        var logged = await discord.InteractAsync(gateway, logId, Events.SlashCommand(logId, "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 80kg"}]""", inGuild: false));
        Assert.Equal(4, logged.CallbackType);
        Assert.Equal("Logged:\n• Deadlift: 3×5 @ 80 kg", logged.Content);
        var undo = Assert.Single(logged.Buttons);
        Assert.Matches(@"^/undo \d+$", undo);

        // Pressing it takes the log back.
        var pressId = TestIds.Snowflake(Monday.AddMinutes(2));
        var undone = await discord.InteractAsync(gateway, pressId, Events.ButtonPress(pressId, undo, onMessageId: logged.MessageId!));
        Assert.Equal("Undone. I removed:\n• Deadlift: 3×5 @ 80 kg (Mon 16 Nov)", undone.Content);

        // Logged again by message; a reply to the coach's echo corrects it.
        var echo = Assert.Single(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m2", "deadlift 3x5 80kg", at: Monday.AddMinutes(3))));
        Assert.StartsWith("Logged:", echo.Content, StringComparison.Ordinal);
        Assert.NotEqual(undo, Assert.Single(echo.Buttons));
        var corrected = Assert.Single(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m3", "deadlift 3x5 82.5kg", at: Monday.AddMinutes(4), replyToBotMessage: echo.ResponseId)));
        Assert.Equal("Corrected:\n• Deadlift: 3×5 @ 82.5 kg", corrected.Content);
        Assert.Equal(echo.Buttons, corrected.Buttons);

        // Tuesday: the lower back again, the day after. The warning names what was trained yesterday, as corrected.
        var tuesday = await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m4", "good mornings 3x10 40kg", at: Monday.AddDays(1)));
        var warning = Assert.Single(tuesday, r => r.Content!.StartsWith("**Your lower back trained yesterday**", StringComparison.Ordinal));
        Assert.Contains("• Deadlift: 3×5 @ 82.5 kg", warning.Content, StringComparison.Ordinal);
        Assert.All(tuesday, r => Assert.Equal(("POST", DmMessages, "m4"), (r.Method, r.Path, r.ReferencedMessageId)));

        // Editing the message corrects its log.
        var edit = Events.DirectMessage("m4", "good mornings 3x10 35kg", at: Monday.AddDays(1))
            .Replace("\"edited_timestamp\":null", "\"edited_timestamp\":\"2026-11-17T18:05:00.000000+00:00\"", StringComparison.Ordinal);
        var edited = Assert.Single(await discord.SendAsync(gateway, "MESSAGE_UPDATE", edit));
        Assert.Equal("Corrected:\n• Good morning: 3×10 @ 35 kg", edited.Content);

        // Thursday and Saturday: every set at the top of the range twice, so the coach says to add weight.
        await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m5", "deadlift 3x6 80kg", at: Monday.AddDays(3)));
        var saturday = await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m6", "deadlift 3x6 80kg", at: Monday.AddDays(5)));
        var nudge = Assert.Single(saturday, r => r.Content!.StartsWith("Time to add weight to your deadlift", StringComparison.Ordinal));
        Assert.Contains("Next session: 85 kg.", nudge.Content, StringComparison.Ordinal);

        // /progress uploads the chart: a PNG, shown in the embed.
        var chartId = TestIds.Snowflake(Monday.AddDays(5).AddMinutes(1));
        var chart = await discord.InteractAsync(gateway, chartId, Events.SlashCommand(chartId, "progress", """[{"name":"exercise","type":3,"value":"deadlift"}]""", inGuild: false));
        var png = Assert.Single(chart.Files);
        Assert.Equal(("files[0]", "deadlift-progress.png", "image/png"), (png.Name, png.FileName, png.ContentType));
        Assert.Equal(PngSignature, png.Bytes.Take(8));
        Assert.Equal("attachment://deadlift-progress.png", chart.Message.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("deadlift-progress.png", chart.Message.GetProperty("attachments")[0].GetProperty("filename").GetString());

        // /export attaches the CSV: one row per set, the undone log gone, the corrected one as corrected.
        var exportId = TestIds.Snowflake(Monday.AddDays(5).AddMinutes(2));
        var export = await discord.InteractAsync(gateway, exportId, Events.SlashCommand(exportId, "export", inGuild: false));
        var csv = Assert.Single(export.Files);
        Assert.Equal(("chatcoach-export.csv", "text/csv"), (csv.FileName, csv.ContentType));
        Assert.Equal(
        [
            "date,exercise_id,exercise_name,set_number,weight,unit,reps,seconds,rpe",
            .. Rows("2026-11-16", "deadlift,Deadlift", "82.5", 5),
            .. Rows("2026-11-17", "good-morning,Good morning", "35", 10),
            .. Rows("2026-11-19", "deadlift,Deadlift", "80", 6),
            .. Rows("2026-11-21", "deadlift,Deadlift", "80", 6),
        ],
            Encoding.UTF8.GetString(csv.Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        static IEnumerable<string> Rows(string date, string exercise, string weight, int reps) =>
            Enumerable.Range(1, 3).Select(n => $"{date},{exercise},{n},{weight},kg,{reps},,");
    }

    [Fact]
    public async Task An_accountability_channel_sees_logs_without_weights_while_warnings_go_by_DM_and_the_digest_comes_once()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        await gateway.DispatchAsync("GUILD_CREATE", Events.Guild());

        // Only someone who may manage the channel turns accountability on.
        var refusedId = TestIds.Snowflake(Monday.AddHours(-10));
        var refused = await discord.InteractAsync(gateway, refusedId, Events.SlashCommand(refusedId, "accountability", """[{"name":"state","type":3,"value":"on"}]"""));
        Assert.StartsWith("Only group admins can change /accountability.", refused.Content, StringComparison.Ordinal);
        var onId = TestIds.Snowflake(Monday.AddHours(-9));
        var on = await discord.InteractAsync(gateway, onId, Events.SlashCommand(onId, "accountability", """[{"name":"state","type":3,"value":"on"}]""", userId: TestIds.Bob, userName: "Bob", permissions: "16"));
        Assert.StartsWith("**Accountability is on**", on.Content, StringComparison.Ordinal);

        var joinId = TestIds.Snowflake(Monday.AddHours(-8));
        var joined = await discord.InteractAsync(gateway, joinId, Events.SlashCommand(joinId, "join", userId: TestIds.Bob, userName: "Bob"));
        Assert.StartsWith("Welcome, Bob! Your goal: 3 sessions a week.", joined.Content, StringComparison.Ordinal);

        // A log addressed to the coach: the channel sees the session and the week's count, not the weight.
        var monday = await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.ChannelMessage("c1", $"{Mention} deadlift 3x5 100kg", at: Monday));
        var echo = Assert.Single(monday, r => r.Is("POST", ChannelMessages));
        Assert.StartsWith("Logged:\n• Deadlift: 3×5\nBob: 1/3 this week.", echo.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("100", echo.Content, StringComparison.Ordinal);
        Assert.Equal("c1", echo.ReferencedMessageId);

        // Tuesday, lower back again: the warning (and the first-time caution) go to Bob alone.
        var tuesday = await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.ChannelMessage("c2", $"{Mention} good mornings 3x10 40kg", at: Monday.AddDays(1)));
        Assert.Contains("Bob: 2/3 this week.", Assert.Single(tuesday, r => r.Is("POST", ChannelMessages)).Content, StringComparison.Ordinal);
        var warning = Assert.Single(tuesday, r => r.Is("POST", BobDmMessages) && r.Content!.Contains("Your lower back trained yesterday", StringComparison.Ordinal));
        Assert.Contains("• Deadlift: 3×5 @ 100 kg", warning.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(tuesday, r => r.Is("POST", ChannelMessages) && r.Content!.Contains("lower back", StringComparison.Ordinal));

        // Alice joins with her own goal; with the Message Content intent a plain "+" reaches the coach as a check-in.
        var aliceJoinId = TestIds.Snowflake(Monday.AddDays(1).AddHours(-1));
        var aliceJoined = await discord.InteractAsync(gateway, aliceJoinId, Events.SlashCommand(aliceJoinId, "join", """[{"name":"goal","type":4,"value":2}]"""));
        Assert.StartsWith("Welcome, Alice! Your goal: 2 sessions a week.", aliceJoined.Content, StringComparison.Ordinal);
        var checkIn = Assert.Single(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.ChannelMessage("c2a", "+", userId: TestIds.Alice, at: Monday.AddDays(1), name: "Alice")));
        Assert.StartsWith("Checked in: a session for Tue 17 Nov, without sets.\nAlice: 1/2 this week.", checkIn.Content, StringComparison.Ordinal);
        Assert.Empty(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.ChannelMessage("c2b", "nice one Bob", userId: TestIds.Alice, at: Monday.AddDays(1), name: "Alice")));

        var boardId = TestIds.Snowflake(Monday.AddDays(1).AddMinutes(5));
        var board = await discord.InteractAsync(gateway, boardId, Events.SlashCommand(boardId, "board"));
        Assert.Equal("This week (since Mon 16 Nov)", board.Message.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.StartsWith("1. Bob: 2/3 (67%)", board.Message.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var streakId = TestIds.Snowflake(Monday.AddDays(1).AddMinutes(6));
        var streak = await discord.InteractAsync(gateway, streakId, Events.SlashCommand(streakId, "streak", userId: TestIds.Bob, userName: "Bob"));
        Assert.StartsWith("Bob: 0 weeks in a row", streak.Content, StringComparison.Ordinal);

        // Bob closes his DMs. Wednesday's warning falls back to the channel, threaded under his message.
        discord.Fake.ClosedDms.Add(TestIds.Bob);
        var wednesday = await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.ChannelMessage("c3", $"{Mention} back extensions 3x12", at: Monday.AddDays(2)));
        var refusedDm = Assert.Single(wednesday, r => r.Is("POST", BobDmMessages));
        Assert.Equal(403, refusedDm.Status);
        var fallback = Assert.Single(wednesday, r => r.Is("POST", ChannelMessages) && r.Content!.Contains("Your lower back trained yesterday", StringComparison.Ordinal));
        Assert.Equal(refusedDm.Content, fallback.Content);
        Assert.Equal("c3", fallback.ReferencedMessageId);

        // Sunday 18:00 UTC, the group's digest time: one digest in the channel, and only one.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));
        var scheduler = ActivatorUtilities.CreateInstance<DueWorkScheduler>(discord.Host.Services, clock);
        var mark = discord.Fake.Requests.Count;
        await scheduler.TickAsync(CancellationToken.None);
        var digest = Assert.Single(discord.Fake.Requests.Skip(mark));
        Assert.True(digest.Is("POST", ChannelMessages));
        Assert.Equal("Weekly digest: Mon 16 Nov to Sun 22 Nov", digest.FirstEmbed!.Value.GetProperty("title").GetString());
        Assert.Contains("Met their goal:\n• Bob 3/3 · streak 1\nNot this week:\n• Alice 1/2", digest.FirstEmbed!.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Null(digest.ReferencedMessageId);

        clock.Advance(TimeSpan.FromMinutes(1));
        await scheduler.TickAsync(CancellationToken.None);
        Assert.Equal(mark + 1, discord.Fake.Requests.Count);
        Assert.DoesNotContain(discord.Fake.Requests, r => r.ReferencedMessageId == "c2b");
    }

    [Fact]
    public async Task A_reconnect_in_the_middle_of_logging_neither_loses_nor_doubles_a_log()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        Assert.Single(await discord.SendAsync(gateway, "MESSAGE_CREATE", Events.DirectMessage("m1", "deadlift 3x5 80kg", at: Monday)));

        // A log arrives just before Discord asks for a reconnect; another is dispatched while the client is away.
        var hollow = Events.DirectMessage("m2", "hollow hold 3x30s", at: Monday.AddMinutes(1));
        var hollowSequence = await gateway.DispatchAsync("MESSAGE_CREATE", hollow);
        await gateway.SendAsync("""{"op":7,"d":null}""");
        await gateway.WaitClosedAsync();
        var plank = Events.DirectMessage("m3", "plank 3x45s", at: Monday.AddMinutes(2));
        var plankSequence = discord.Fake.NextSequence();
        try
        {
            await gateway.DispatchAsync("MESSAGE_CREATE", plank, plankSequence);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket is already gone: the event is lost on this connection, as on a real drop.
        }

        // The client resumes; the fake replays both (at least once, as Discord may), then carries on.
        var resumed = await discord.Fake.NextConnectionAsync();
        await resumed.HelloAsync();
        Assert.Equal(hollowSequence, (await resumed.ExpectAsync(op: 6)).GetProperty("seq").GetInt64());
        await resumed.DispatchAsync("MESSAGE_CREATE", hollow, hollowSequence);
        await resumed.DispatchAsync("MESSAGE_CREATE", plank, plankSequence);
        await resumed.DispatchAsync("RESUMED", "null");

        // A last message in the same channel: once it is answered, everything before it has been handled.
        await discord.SendAsync(resumed, "MESSAGE_CREATE", Events.DirectMessage("m4", "/history", at: Monday.AddMinutes(3)));

        var replies = discord.Fake.Requests.Where(r => r.Is("POST", DmMessages)).ToList();
        Assert.Equal(["m1", "m2", "m3", "m4"], replies.Select(r => r.ReferencedMessageId));
        Assert.Equal(
            ["Logged:\n• Deadlift: 3×5 @ 80 kg", "Logged:\n• Hollow hold: 3×30 s", "Logged:\n• Plank: 3×45 s"],
            replies.Take(3).Select(r => r.Content));

        // The database agrees: one log per message, one row per set.
        await using var db = new SqliteConnection($"Data Source={discord.DatabasePath};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT l.source_message_id, COUNT(s.id) FROM workout_logs l JOIN workout_sets s ON s.log_id = l.id GROUP BY l.id ORDER BY l.id";
        var logs = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                logs.Add($"{reader.GetString(0)}: {reader.GetInt64(1)} sets");
            }
        }

        Assert.Equal(["m1: 3 sets", "m2: 3 sets", "m3: 3 sets"], logs);

        // The hollow hold did arrive twice, and the core recognised the second as a repeat.
        Assert.Contains(discord.Logs.Entries, e => e.EventId == 1001 && e.Message.Contains("m2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_howto_in_a_DM_is_answered_with_an_embed_threaded_under_the_question()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "/howto deadlift"));

        var reply = await discord.Fake.NextRequestAsync("POST", DmMessages);
        var embed = reply.FirstEmbed!.Value;
        Assert.StartsWith("Deadlift", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("1. ", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("m1", reply.ReferencedMessageId);
        Assert.False(reply.Json.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Equal(0, reply.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("Bot " + TestIds.Token, reply.Authorization);
    }

    [Fact]
    public async Task In_a_channel_the_coach_answers_a_mention_and_stays_quiet_otherwise()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c1", "how do I do a deadlift?"));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c2", $"<@{TestIds.Bot}> how do I do a deadlift?"));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c3", $"<@!{TestIds.Bot}> how do I do a squat?"));

        var first = await discord.Fake.NextRequestAsync("POST", ChannelMessages);
        var second = await discord.Fake.NextRequestAsync("POST", ChannelMessages);
        Assert.Equal("c2", first.ReferencedMessageId);
        Assert.StartsWith("Deadlift", first.FirstEmbed!.Value.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("c3", second.ReferencedMessageId);
        Assert.DoesNotContain(discord.Fake.Requests, r => r.ReferencedMessageId == "c1");
    }

    [Fact]
    public async Task The_bots_own_messages_and_other_bots_are_ignored()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Help).Line("hi").Build());
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("own", "I am the coach", userId: TestIds.Bot));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("other", "beep").Replace("\"avatar\":null", "\"avatar\":null,\"bot\":true", StringComparison.Ordinal));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("human", "hello"));

        await discord.Fake.NextRequestAsync("POST", DmMessages);
        Assert.Equal(["human"], handler.Received.Select(m => m.MessageId));
    }

    [Fact]
    public async Task A_reply_to_the_coach_addresses_it_and_an_edit_is_a_distinct_event()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Logged).Line("noted").Build() with { Reference = "log:1" });
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();
        await gateway.DispatchAsync("GUILD_CREATE", $$"""{"id":"{{TestIds.Guild}}","owner_id":"{{TestIds.Bob}}","roles":[{"id":"{{TestIds.Guild}}","permissions":"0"}]}""");

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c1", "actually 110kg", replyToBotMessage: "b1"));
        await discord.Fake.NextRequestAsync("POST", ChannelMessages);
        await gateway.DispatchAsync("MESSAGE_UPDATE", Events.ChannelMessage("c1", "actually 115kg").Replace("\"edited_timestamp\":null", "\"edited_timestamp\":\"2026-11-24T21:00:00.000000+00:00\"", StringComparison.Ordinal));
        await discord.Fake.NextRequestAsync("POST", ChannelMessages);

        var (reply, edit) = (handler.Received.First(), handler.Received.Last());
        Assert.True(reply.AddressesCoach && reply.ReplyToCoach && reply.Chat.IsGroup);
        Assert.Equal("b1", reply.ReplyToMessageId);
        Assert.True(reply.SenderIsAdmin, "Bob owns the server");
        Assert.True(edit.IsEdit);
        Assert.Equal("c1", edit.MessageId);
        Assert.NotEqual(reply.DeliveryKey, edit.DeliveryKey);
        await GatewayTests.WaitUntilAsync(() => handler.Remembered.Count == 2);
        Assert.All(handler.Remembered, r => Assert.Equal(("log:1", TestIds.Channel), (r.Reply.Reference, r.Chat.ChatId)));
        Assert.Equal(2, handler.Remembered.Select(r => r.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Messages_in_one_channel_are_answered_in_order_even_when_the_first_is_slow()
    {
        var handler = new ScriptedHandler(async m =>
        {
            if (m.Text == "slow")
            {
                await Task.Delay(300);
            }

            return [new ReplyBuilder(ReplyKind.Help).Line(m.Text).Build()];
        });
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "slow"));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m2", "fast"));

        var first = await discord.Fake.NextRequestAsync("POST", DmMessages);
        var second = await discord.Fake.NextRequestAsync("POST", DmMessages);
        Assert.Equal(["slow", "fast"], new[] { first.Content!, second.Content! });
    }

    [Fact]
    public async Task A_private_reply_goes_by_DM_and_falls_back_to_the_channel_when_DMs_are_closed()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.RestWarning).Line("rest tomorrow").Build() with { PrivateToUserId = TestIds.Bob });
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c1", $"<@{TestIds.Bot}> deadlift 3x5 100kg"));
        var dm = await discord.Fake.NextRequestAsync("POST", $"channels/dm-{TestIds.Bob}/messages");
        Assert.Equal("rest tomorrow", dm.Content);
        Assert.Equal(TestIds.Bob, discord.Fake.Requests.Single(r => r.Is("POST", "users/@me/channels")).Json.GetProperty("recipient_id").GetString());

        discord.Fake.ClosedDms.Add(TestIds.Bob);
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c2", $"<@{TestIds.Bot}> deadlift 3x5 100kg"));
        var fallback = await discord.Fake.NextRequestAsync("POST", ChannelMessages);
        Assert.Equal("rest tomorrow", fallback.Content);
        Assert.Equal("c2", fallback.ReferencedMessageId);
    }

    [Fact]
    public async Task Unprompted_messages_go_through_the_Discord_chat_sender()
    {
        await using var discord = await TestDiscord.StartAsync();
        await discord.ConnectAsync();
        var sender = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<IChatSender>(discord.Host.Services).Single(s => s.Platform == ChatPlatform.Discord);

        await sender.SendAsync(new ChatAddress(ChatPlatform.Discord, TestIds.Channel, IsGroup: true), new ReplyBuilder(ReplyKind.Summary).Title("Week 48").Bullets(["Alice: 3 sessions"]).Build(), CancellationToken.None);

        var digest = await discord.Fake.NextRequestAsync("POST", ChannelMessages);
        Assert.Equal("Week 48", digest.FirstEmbed!.Value.GetProperty("title").GetString());
        Assert.Equal("• Alice: 3 sessions", digest.FirstEmbed!.Value.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Undefined, digest.Json.TryGetProperty("message_reference", out var r) ? r.ValueKind : JsonValueKind.Undefined);
    }
}
