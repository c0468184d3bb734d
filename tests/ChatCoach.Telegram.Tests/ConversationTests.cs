using System.Globalization;
using System.Text;
using ChatCoach.Core.Scheduling;
using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram.Tests;

/// <summary>
/// Whole conversations through Telegram.Bot against the fake Bot API, on the real core and SQLite: what a person sees
/// in a private chat and in a group, a scheduled digest, and a restart in the middle of it all.
/// </summary>
public sealed class ConversationTests
{
    private static readonly User Ana = Updates.Person(3001, "Ana");
    private static readonly User Bob = Updates.Person(3002, "Bob");
    private static readonly User Cam = Updates.Person(3003, "Cam");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_private_chat_from_a_howto_to_the_export()
    {
        var clock = new FastClock(start: At("2026-11-16T18:00"));
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, clock: clock);
        var chat = TelegramChat.Private(api, Ana).At("2026-11-16T18:00");

        // ana: /howto deadlift
        var howto = Assert.Single(await chat.SayAsync(Ana, "/howto deadlift"));
        Assert.Equal("html", howto["parse_mode"], ignoreCase: true);
        Assert.StartsWith("<b>Deadlift (intermediate)</b>\n\n", howto.Text, StringComparison.Ordinal);
        Assert.Equal(chat.Last!.Id, howto.ReplyTo);

        // ana: deadlift 3x5 80kg, then presses Undo under the coach's answer.
        var logged = Assert.Single(await chat.SayAsync(Ana, "deadlift 3x5 80kg"));
        Assert.Equal("Logged:\n• Deadlift: 3×5 @ 80 kg", logged.Plain);
        Assert.Equal(["/undo 1"], logged.Buttons);
        var (undone, press) = await chat.PressAsync(Ana, logged, "/undo 1");
        var undo = Assert.Single(undone);
        Assert.Equal("Undone. I removed:\n• Deadlift: 3×5 @ 80 kg (Mon 16 Nov)", undo.Plain);
        Assert.Equal(logged.MessageId, undo.ReplyTo);
        Assert.True(Assert.Single(api.Calls("answerCallbackQuery"), a => a["callback_query_id"] == press).Succeeded);

        // ana: deadlift 3x5 80kg, then corrects it by replying to the coach's message.
        var again = Assert.Single(await chat.SayAsync(Ana, "deadlift 3x5 80kg"));
        Assert.Equal(["/undo 2"], again.Buttons);
        var corrected = Assert.Single(await chat.ReplyAsync(Ana, again, "deadlift 3x5 82.5kg"));
        Assert.Equal("Corrected:\n• Deadlift: 3×5 @ 82.5 kg", corrected.Plain);
        Assert.Equal(["/undo 2"], corrected.Buttons);

        // ana: hollow hold 3x30s, then edits the message to say 40 s.
        var hold = Assert.Single(await chat.SayAsync(Ana, "hollow hold 3x30s"));
        Assert.Equal(["/undo 3"], hold.Buttons);
        var holdMessage = chat.Last!;
        chat.At("2026-11-16T18:02");
        var edited = Assert.Single(await chat.EditAsync(holdMessage, "hollow hold 3x40s"));
        Assert.Equal("Corrected:\n• Hollow hold: 3×40 s", edited.Plain);
        Assert.Equal(holdMessage.Id, edited.ReplyTo);

        // The next day, the lower back again: a rest warning after the log.
        chat.At("2026-11-17T18:00");
        var goodMornings = await chat.SayAsync(Ana, "good mornings 3x10 20kg");
        Assert.Equal("Logged:\n• Good morning: 3×10 @ 20 kg", goodMornings[0].Plain);
        var warning = Assert.Single(goodMornings, s => s.Text.StartsWith("<b>Your lower back trained yesterday</b>", StringComparison.Ordinal));
        Assert.Contains("• Deadlift: 3×5 @ 82.5 kg", warning.Plain, StringComparison.Ordinal);
        Assert.All(goodMornings, s => Assert.Equal(Ana.Id, s.ChatId));

        // Two sessions at the top of the rep range, two days apart: time to add weight.
        chat.At("2026-11-19T18:00");
        Assert.DoesNotContain(await chat.SayAsync(Ana, "deadlift 3x6 80kg"), s => s.Text.Contains("Time to add weight", StringComparison.Ordinal));
        chat.At("2026-11-21T18:00");
        var nudged = await chat.SayAsync(Ana, "deadlift 3x6 80kg");
        var nudge = Assert.Single(nudged, s => s.Text.StartsWith("Time to add weight to your deadlift", StringComparison.Ordinal));
        Assert.Contains("Next session: 85 kg.", nudge.Plain, StringComparison.Ordinal);

        // ana: /progress deadlift — a PNG chart as a photo with its caption.
        var chart = Assert.Single(await chat.SayAsync(Ana, "/progress deadlift"));
        Assert.Equal("sendPhoto", chart.Method);
        Assert.Equal("Deadlift progress\n\n3 deadlift sessions from Mon 16 Nov to Sat 21 Nov.", chart.Plain);
        var png = Assert.Single(chart.Files);
        Assert.Equal("deadlift-progress.png", png.FileName);
        Assert.Equal(PngSignature, png.Content[..8]);
        Assert.True(png.Content.Length > 1000, $"{png.Content.Length} bytes");

        // ana: /export — every set as a CSV document; the undone log is not in it, the corrections are.
        var export = Assert.Single(await chat.SayAsync(Ana, "/export"));
        Assert.Equal("sendDocument", export.Method);
        Assert.Equal("Here is everything you logged: 15 sets over 4 training days, one row per set.", export.Plain);
        var csv = Assert.Single(export.Files);
        Assert.Equal("chatcoach-export.csv", csv.FileName);
        Assert.Equal(
            [
                "date,exercise_id,exercise_name,set_number,weight,unit,reps,seconds,rpe",
                "2026-11-16,deadlift,Deadlift,1,82.5,kg,5,,",
                "2026-11-16,deadlift,Deadlift,2,82.5,kg,5,,",
                "2026-11-16,deadlift,Deadlift,3,82.5,kg,5,,",
                "2026-11-16,hollow-hold,Hollow hold,1,,,,40,",
                "2026-11-16,hollow-hold,Hollow hold,2,,,,40,",
                "2026-11-16,hollow-hold,Hollow hold,3,,,,40,",
                "2026-11-17,good-morning,Good morning,1,20,kg,10,,",
                "2026-11-17,good-morning,Good morning,2,20,kg,10,,",
                "2026-11-17,good-morning,Good morning,3,20,kg,10,,",
                "2026-11-19,deadlift,Deadlift,1,80,kg,6,,",
                "2026-11-19,deadlift,Deadlift,2,80,kg,6,,",
                "2026-11-19,deadlift,Deadlift,3,80,kg,6,,",
                "2026-11-21,deadlift,Deadlift,1,80,kg,6,,",
                "2026-11-21,deadlift,Deadlift,2,80,kg,6,,",
                "2026-11-21,deadlift,Deadlift,3,80,kg,6,,",
            ],
            Encoding.UTF8.GetString(csv.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_edit_after_midnight_corrects_the_log_on_the_day_it_was_sent()
    {
        var clock = new FastClock(start: At("2026-11-23T23:50"));
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, clock: clock);
        var chat = TelegramChat.Private(api, Ana).At("2026-11-23T23:50");

        // ana (Mon 23:50): deadlift 3x5 100kg — and at 00:10 she edits it to 105 kg.
        await chat.SayAsync(Ana, "deadlift 3x5 100kg");
        var sets = chat.Last!;
        chat.At("2026-11-24T00:10");
        var corrected = Assert.Single(await chat.EditAsync(sets, "deadlift 3x5 105kg"));

        // The log is still Monday's, and it is not compared with the version it replaces.
        Assert.Equal("Corrected:\n• Deadlift: 3×5 @ 105 kg", corrected.Plain);
        var history = Assert.Single(await chat.SayAsync(Ana, "/history"));
        Assert.Equal("Your recent training\n\nMon 23 Nov:\n• Deadlift: 3×5 @ 105 kg", history.Plain);
    }

    [Fact]
    public async Task A_group_with_accountability_keeps_weights_and_warnings_private()
    {
        var clock = new FastClock(start: At("2026-11-23T18:00"));
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, clock: clock);
        api.Admins.Add(Ana.Id);
        var group = TelegramChat.Group(api).At("2026-11-23T18:00");

        // A how-to is for everyone: it stays in the group.
        var howto = Assert.Single(await group.SayAsync(Bob, "/howto@TestBot good morning"));
        Assert.Equal(Updates.GroupId, howto.ChatId);
        Assert.StartsWith("<b>Good morning (intermediate)</b>", howto.Text, StringComparison.Ordinal);

        // Setup is for admins: Telegram says Ana administers the group, Bob does not.
        var on = Assert.Single(await group.SayAsync(Ana, "/accountability@TestBot on"));
        Assert.Equal(Updates.GroupId, on.ChatId);
        Assert.StartsWith("<b>Accountability is on</b>", on.Text, StringComparison.Ordinal);
        var refused = Assert.Single(await group.SayAsync(Bob, "/accountability@TestBot off"));
        Assert.StartsWith("Only group admins can change /accountability.", refused.Plain, StringComparison.Ordinal);

        Assert.StartsWith("Welcome, Ana! Your goal: 2 sessions a week.", Assert.Single(await group.SayAsync(Ana, "/join@TestBot 2")).Plain, StringComparison.Ordinal);
        Assert.StartsWith("Welcome, Bob! Your goal: 3 sessions a week.", Assert.Single(await group.SayAsync(Bob, "/join@TestBot")).Plain, StringComparison.Ordinal);
        Assert.StartsWith("Welcome, Cam! Your goal: 2 sessions a week.", Assert.Single(await group.SayAsync(Cam, "/join@TestBot 2")).Plain, StringComparison.Ordinal);

        // A log in the group: the group sees the sets and the week's progress, not the weight.
        var echo = Assert.Single(await group.SayAsync(Ana, "/log@TestBot deadlift 3x5 100kg"));
        Assert.Equal(Updates.GroupId, echo.ChatId);
        Assert.Equal("Logged:\n• Deadlift: 3×5\n\nAna: 1/2 this week.\nFirst session logged, Ana! The hardest one is done.", echo.Plain);
        Assert.Equal(["/undo 1"], echo.Buttons);
        Assert.Single(await group.SayAsync(Bob, "/log@TestBot deadlift 3x5 60kg"));

        // The next day, the lower back again: the rest warning goes to Ana privately, only the echo to the group.
        group.At("2026-11-24T18:00");
        var anas = await group.SayAsync(Ana, "/log@TestBot good mornings 3x10 20kg");
        Assert.Equal("Logged:\n• Good morning: 3×10\n\nAna: 2/2 this week ✔ goal met.", Assert.Single(anas, s => s.ChatId == Updates.GroupId).Plain);
        var warning = Assert.Single(anas, s => s.ChatId == Ana.Id);
        Assert.StartsWith("<b>Your lower back trained yesterday</b>", warning.Text, StringComparison.Ordinal);
        Assert.Null(warning.ReplyTo);

        // Bob never started a private chat with the bot: Telegram refuses, and the warning comes in the group instead.
        api.Refuse(Bob.Id, 403, "Forbidden: bot can't initiate conversation with a user");
        var bobs = await group.SayAsync(Bob, "/log@TestBot good mornings 3x10 20kg");
        Assert.All(bobs, s => Assert.Equal(Updates.GroupId, s.ChatId));
        var fallback = Assert.Single(bobs, s => s.Text.StartsWith("<b>Your lower back trained yesterday</b>", StringComparison.Ordinal));
        Assert.Equal(group.Last!.Id, fallback.ReplyTo);
        Assert.Contains(api.Calls("sendMessage"), c => !c.Succeeded && c.ChatId == Bob.Id);

        // Undo under a group echo: the press is answered, and the undo reply is Ana's business.
        var plank = Assert.Single(await group.SayAsync(Ana, "/log@TestBot plank 3x60s"), s => s.ChatId == Updates.GroupId);
        var (undone, press) = await group.PressAsync(Ana, plank, plank.Buttons.Single());
        Assert.True(Assert.Single(api.Calls("answerCallbackQuery"), a => a["callback_query_id"] == press).Succeeded);
        var undo = Assert.Single(undone);
        Assert.Equal(Ana.Id, undo.ChatId);
        Assert.StartsWith("Undone. I removed:\n• Plank: 3×1 min", undo.Plain, StringComparison.Ordinal);

        // Charts and the export are Ana's own: a photo and a document in her private chat.
        var chart = Assert.Single(await group.SayAsync(Ana, "/progress@TestBot deadlift"));
        Assert.Equal(("sendPhoto", Ana.Id), (chart.Method, chart.ChatId));
        Assert.Equal(PngSignature, Assert.Single(chart.Files).Content[..8]);
        var export = Assert.Single(await group.SayAsync(Ana, "/export@TestBot"));
        Assert.Equal(("sendDocument", Ana.Id), (export.Method, export.ChatId));
        Assert.Equal(
            ["date,exercise_id,exercise_name,set_number,weight,unit,reps,seconds,rpe", "2026-11-23,deadlift,Deadlift,1,100,kg,5,,"],
            Encoding.UTF8.GetString(Assert.Single(export.Files).Content).Split("\r\n").Take(2));

        // Bob still can't be reached privately: his export is never posted in the group; a notice is, instead.
        var bobsExport = Assert.Single(await group.SayAsync(Bob, "/export@TestBot"));
        Assert.Equal(("sendMessage", Updates.GroupId), (bobsExport.Method, bobsExport.ChatId));
        Assert.StartsWith("Bob, that answer is about your own training, so I send it privately, but I can't message you yet.", bobsExport.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Calls("sendDocument"), c => c.ChatId == Updates.GroupId);

        // A bare "+" is a plain message: the bot sees it only with privacy mode off, and then it counts.
        group.At("2026-11-25T07:00");
        var checkIn = Assert.Single(await group.SayAsync(Cam, "+"));
        Assert.Equal("Checked in: a session for Wed 25 Nov, without sets.\nCam: 1/2 this week.\nFirst session logged, Cam! The hardest one is done.", checkIn.Plain);

        var board = Assert.Single(await group.SayAsync(Bob, "/board@TestBot"));
        Assert.Equal(Updates.GroupId, board.ChatId);
        Assert.Equal(
            "This week (since Mon 23 Nov)\n\n1. Ana: 2/2 (100%) · streak 1 week, best 1 week\n2. Bob: 2/3 (67%) · streak 0 weeks, best 0 weeks\n3. Cam: 1/2 (50%) · streak 0 weeks, best 0 weeks\n\nRanked by share of each member's own goal.",
            board.Plain);

        // Cam chooses to show her weights: her echo in the group has them from now on.
        Assert.Equal("The group will see your weights in your logs here.", Assert.Single(await group.SayAsync(Cam, "/share@TestBot on")).Plain);
        group.At("2026-11-26T18:00");
        var shared = Assert.Single(await group.SayAsync(Cam, "/log@TestBot good mornings 3x10 20kg"), s => s.ChatId == Updates.GroupId);
        Assert.Equal("Logged:\n• Good morning: 3×10 @ 20 kg\n\nCam: 2/2 this week ✔ goal met.", shared.Plain);
    }

    [Fact]
    public async Task The_scheduler_sends_the_weekly_digest_to_the_group_once()
    {
        // Sunday evening after a week of training; the digest is due at 18:00 UTC.
        var clock = new FastClock(start: At("2026-11-29T18:05"));
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, clock: clock);
        api.Admins.Add(Ana.Id);
        var group = TelegramChat.Group(api).At("2026-11-23T08:00");
        await group.SayAsync(Ana, "/accountability@TestBot on");
        await group.SayAsync(Ana, "/join@TestBot 2");
        await group.SayAsync(Bob, "/join@TestBot 3");
        group.At("2026-11-23T18:00");
        await group.SayAsync(Ana, "/log@TestBot deadlift 3x5 100kg");
        group.At("2026-11-25T18:00");
        await group.SayAsync(Ana, "/log@TestBot hollow hold 3x30s");
        await group.SayAsync(Bob, "+");

        var scheduler = ActivatorUtilities.CreateInstance<DueWorkScheduler>(bot.Host.Services);
        var before = api.Sent().Count;
        await scheduler.TickAsync(CancellationToken.None);

        var digest = Assert.Single(api.Sent().Skip(before));
        Assert.Equal("sendMessage", digest.Method);
        Assert.Equal(Updates.GroupId, digest.ChatId);
        Assert.Null(digest.ReplyTo);
        Assert.Equal(
            "Weekly digest: Mon 23 Nov to Sun 29 Nov\n\nMet their goal:\n• Ana 2/2 · streak 1\n\nNot this week:\n• Bob 1/3\n\nRecords this week:\n• Ana: deadlift, hollow hold\n\nGroup total: 3 sessions, 6 sets.\nNext week is a fresh start: aim for your goal, and remember rest days are part of training.",
            digest.Plain);

        await scheduler.TickAsync(CancellationToken.None);
        Assert.Equal(before + 1, api.Sent().Count);
    }

    [Fact]
    public async Task A_restart_across_a_log_and_its_undo_answers_each_once_and_keeps_the_log_undone()
    {
        var clock = new FastClock(start: At("2026-11-16T18:00"));
        await using var api = await FakeBotApi.StartAsync(clock);
        using var db = new TempDatabase();
        var chat = TelegramChat.Private(api, Ana).At("2026-11-16T18:00");

        // The first process handles a log, the press of its Undo button and one more log, then dies before any
        // getUpdates confirms them: Telegram hands all three out again.
        api.LoseConfirmations = true;
        await using (var first = await TestBot.StartAsync(api, db, clock: clock))
        {
            api.Enqueue(chat.MessageFrom(Ana, "deadlift 3x5 100kg"));
            await api.WaitForSentAsync(1);
            api.Enqueue(chat.Press(Ana, api.Sent()[0], "/undo 1", "cb-restart"));
            api.Enqueue(chat.MessageFrom(Ana, "hollow hold 3x30s"));
            await api.WaitForSentAsync(3);
        }

        Assert.Equal(0, api.ConfirmedOffset);
        api.LoseConfirmations = false;

        // Said while the coach was down.
        api.Enqueue(chat.MessageFrom(Ana, "/history"));
        await using (var second = await TestBot.StartAsync(api, db, clock: clock))
        {
            await api.WaitUntilAsync(a => a.ConfirmedOffset == 5, "all four updates confirmed");

            // Ana taps the old Undo button once more: the log stays undone.
            var (again, _) = await chat.PressAsync(Ana, api.Sent()[0], "/undo 1");
            Assert.StartsWith("That log is gone already", Assert.Single(again).Plain, StringComparison.Ordinal);
        }

        Assert.Equal(
            [
                "Logged:\n• Deadlift: 3×5 @ 100 kg",
                "Undone. I removed:\n• Deadlift: 3×5 @ 100 kg (Mon 16 Nov)",
                "Logged:\n• Hollow hold: 3×30 s",
                "Your recent training\n\nMon 16 Nov:\n• Hollow hold: 3×30 s",
                "That log is gone already, or it isn't one of yours. /undo takes back your own last log.\nFor example: /undo",
            ],
            api.Sent().Select(s => s.Plain));

        // The first press was answered once: Telegram refused the answer to its redelivery as too old.
        var answers = api.Calls("answerCallbackQuery").Where(a => a["callback_query_id"] == "cb-restart").ToList();
        Assert.Equal([true, false], answers.Select(a => a.Succeeded));

        Assert.Equal(["hollow-hold 1 30", "hollow-hold 2 30", "hollow-hold 3 30"], await SetsAsync(db));
    }

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc + "Z", CultureInfo.InvariantCulture);

    /// <summary>Every stored set, straight from the SQLite file: exercise, set number, then reps or seconds and weight.</summary>
    private static async Task<List<string>> SetsAsync(TempDatabase db)
    {
        await using var connection = new SqliteConnection($"Data Source={db.Path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT exercise_id, set_number, reps, seconds, weight FROM workout_sets ORDER BY log_id, set_number";
        await using var reader = await command.ExecuteReaderAsync();
        var sets = new List<string>();
        while (await reader.ReadAsync())
        {
            var parts = new List<string> { reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture) };
            for (var i = 2; i < 5; i++)
            {
                if (!reader.IsDBNull(i))
                {
                    parts.Add(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!);
                }
            }

            sets.Add(string.Join(' ', parts));
        }

        return sets;
    }
}
