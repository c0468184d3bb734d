using System.Globalization;
using System.Text;
using ChatCoach.Core.Chat;
using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram.Tests;

/// <summary>How replies go out: pacing and retries, long texts, files, private replies. The core is scripted here.</summary>
public sealed class DeliveryTests
{
    private static readonly User Ana = Updates.Person(2001, "Ana");
    private static readonly User Bob = Updates.Person(2002, "Bob");

    private static Reply Text(string line) => new ReplyBuilder(ReplyKind.Help).Line(line).Build();

    [Fact]
    public async Task Too_many_requests_waits_retry_after_and_delivers_exactly_once()
    {
        var clock = new FastClock();
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        api.FailNext("sendMessage", 429, "Too Many Requests: retry after 3", retryAfter: 3);
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(_ => [Text("Logged.")]), clock: clock);

        api.Enqueue(Updates.Private(Ana, 10, "deadlift 3x5 100kg"));
        await api.WaitForSentAsync(1);
        await Task.Delay(100);

        var attempts = api.Calls("sendMessage");
        Assert.Equal(2, attempts.Count);
        Assert.False(attempts[0].Succeeded);
        Assert.True(attempts[1].Succeeded);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(2.9), $"retried after {(attempts[1].At - attempts[0].At).TotalSeconds} s");
        Assert.Single(api.Sent());
    }

    [Fact]
    public async Task Replies_in_one_chat_are_about_a_second_apart()
    {
        // Slower than the other tests' clock: the gaps are measured at the server, across HTTP round trips.
        var clock = new FastClock(10);
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(_ => [Text("one"), Text("two"), Text("three")]), clock: clock);

        api.Enqueue(Updates.Private(Ana, 11, "/history"));
        await api.WaitForSentAsync(3);

        var sent = api.Sent();
        Assert.Equal(["one", "two", "three"], sent.Select(s => s.Text));
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(0.8)));
    }

    [Fact]
    public async Task A_long_reply_is_split_at_line_boundaries_with_the_buttons_on_the_last_part()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var lines = Enumerable.Range(1, 150).Select(i => $"Week {i}: deadlift 3x5 & squats <heavy>").ToList();
        var reply = new ReplyBuilder(ReplyKind.History).Title("Your history").Lines(lines).Build() with
        {
            Actions = [new ReplyAction("Undo", "/undo"), new ReplyAction("Way too long", "/" + new string('x', 70))],
        };
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(_ => [reply]));

        api.Enqueue(Updates.Private(Ana, 12, "/history"));
        await api.WaitUntilAsync(a => a.Sent().Count >= 2, "two parts");
        await Task.Delay(100);

        var parts = api.Sent();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096, $"{p.Text.Length} characters"));
        var expected = "<b>Your history</b>\n\n" + string.Join('\n', lines.Select(l => l.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)));
        Assert.Equal(expected, string.Join('\n', parts.Select(p => p.Text)));
        Assert.Equal(12, parts[0].ReplyTo);
        Assert.Null(parts[1].ReplyTo);
        Assert.Empty(parts[0].Buttons);
        Assert.Equal(["/undo"], parts[1].Buttons);
    }

    [Fact]
    public async Task A_chart_goes_as_a_photo_with_its_caption_and_an_export_as_a_document()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3 };
        var csv = Encoding.UTF8.GetBytes("date,exercise,sets,reps,weight\n2026-11-23,deadlift,3,5,100kg\n");
        var core = new ScriptedHandler(m => m.Text switch
        {
            "/progress deadlift" =>
            [
                new ReplyBuilder(ReplyKind.Chart).Title("Deadlift progress").Line("Up 20 kg in 6 weeks & counting").Build() with
                {
                    Attachment = new ReplyAttachment("deadlift-progress.png", "image/png", png),
                    Actions = [new ReplyAction("Next session", "/next")],
                },
            ],
            _ =>
            [
                new ReplyBuilder(ReplyKind.Export).Line("Your log, 1 workout.").Build() with
                {
                    Attachment = new ReplyAttachment("chatcoach-export.csv", "text/csv", csv),
                    Reference = "export:1",
                },
            ],
        });
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Private(Ana, 13, "/progress deadlift"));
        api.Enqueue(Updates.Private(Ana, 14, "/export"));
        await api.WaitForSentAsync(2);
        await api.WaitUntilAsync(_ => !core.Remembered.IsEmpty, "the export's message remembered");

        var photo = Assert.Single(api.Calls("sendPhoto"));
        var image = Assert.Single(photo.Files);
        Assert.Equal(png, image.Content);
        Assert.Equal("deadlift-progress.png", image.FileName);
        Assert.Equal("attach://" + image.FieldName, photo["photo"]);
        Assert.Equal("<b>Deadlift progress</b>\n\nUp 20 kg in 6 weeks &amp; counting", photo["caption"]);
        Assert.Equal(13, photo.ReplyTo);
        Assert.Equal(["/next"], photo.Buttons);

        var document = Assert.Single(api.Calls("sendDocument"));
        var file = Assert.Single(document.Files);
        Assert.Equal(csv, file.Content);
        Assert.Equal("chatcoach-export.csv", file.FileName);
        Assert.Empty(api.Calls("sendMessage"));

        // The export carried a reference: the core learns which Telegram message holds it.
        var remembered = Assert.Single(core.Remembered);
        Assert.Equal(document.MessageId?.ToString(CultureInfo.InvariantCulture), remembered.MessageId);
        Assert.Equal("export:1", remembered.Reply.Reference);
    }

    [Fact]
    public async Task A_photo_whose_text_is_too_long_for_a_caption_follows_the_text()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var reply = new ReplyBuilder(ReplyKind.Chart).Title("Progress").Line(new string('a', 1100)).Build() with
        {
            Attachment = new ReplyAttachment("chart.png", "image/png", new byte[] { 1, 2, 3 }),
        };
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(_ => [reply]));

        api.Enqueue(Updates.Private(Ana, 15, "/progress"));
        await api.WaitForSentAsync(2);

        Assert.Equal(["sendMessage", "sendPhoto"], api.Sent().Select(s => s.Method));
        Assert.Null(api.Sent()[1]["caption"]);
        Assert.Equal(15, api.Sent()[0].ReplyTo);
    }

    [Fact]
    public async Task A_private_reply_goes_to_the_user_and_falls_back_to_the_group_when_refused()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.Refuse(Bob.Id, 403, "Forbidden: bot can't initiate conversation with a user");
        var core = new ScriptedHandler(m => [Text("Rest your back today.") with { PrivateToUserId = m.UserId }]);
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Group(Ana, 16, "/log@TestBot deadlift 5x5 140kg"));
        await api.WaitForSentAsync(1);
        api.Enqueue(Updates.Group(Bob, 17, "/log@TestBot deadlift 5x5 160kg"));
        await api.WaitForSentAsync(2);

        var toAna = api.Sent()[0];
        Assert.Equal(Ana.Id, toAna.Long("chat_id"));
        Assert.Null(toAna.ReplyTo);
        var refused = Assert.Single(api.Calls("sendMessage"), c => !c.Succeeded);
        Assert.Equal(Bob.Id, refused.Long("chat_id"));
        var fallback = api.Sent()[1];
        Assert.Equal(Updates.GroupId, fallback.Long("chat_id"));
        Assert.Equal(17, fallback.ReplyTo);
    }

    [Fact]
    public async Task A_message_to_a_chat_that_blocked_the_bot_is_dropped_not_retried()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.Refuse(Bob.Id, 403, "Forbidden: bot was blocked by the user");
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(_ => [Text("Logged.")]));

        api.Enqueue(Updates.Private(Bob, 18, "squat 3x5 80kg"));
        api.Enqueue(Updates.Private(Ana, 19, "squat 3x5 60kg"));
        await api.WaitForSentAsync(1);
        await api.WaitUntilAsync(_ => bot.Logs.Lines.Any(l => l.Contains("[5009]", StringComparison.Ordinal) && l.Contains("blocked by the user", StringComparison.Ordinal)), "the drop logged");

        Assert.Single(api.Calls("sendMessage"), c => c.Long("chat_id") == Bob.Id);
    }

    [Fact]
    public async Task Unprompted_messages_go_through_the_chat_sender()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler());
        var sender = Assert.Single(bot.Host.Services.GetServices<IChatSender>(), s => s.Platform == ChatPlatform.Telegram);

        var digest = new ReplyBuilder(ReplyKind.Summary).Title("Week 47").Bullets(["Ana: 3 sessions", "Bob: 2 sessions"]).Build();
        await sender.SendAsync(new ChatAddress(ChatPlatform.Telegram, Updates.GroupId.ToString(CultureInfo.InvariantCulture), IsGroup: true, ThreadId: "9"), digest, CancellationToken.None);

        var sent = Assert.Single(api.Sent());
        Assert.Equal("<b>Week 47</b>\n\n• Ana: 3 sessions\n• Bob: 2 sessions", sent.Text);
        Assert.Equal(9, sent.Long("message_thread_id"));
        Assert.Null(sent.ReplyTo);
    }
}
