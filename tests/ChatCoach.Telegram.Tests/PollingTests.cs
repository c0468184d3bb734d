using System.Text.RegularExpressions;
using ChatCoach.Core.Chat;
using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram.Tests;

/// <summary>Long polling against the fake Bot API, on the real core and SQLite store unless a test says otherwise.</summary>
public sealed class PollingTests
{
    private static readonly User Ana = Updates.Person(1001, "Ana", "Lopez");
    private static readonly User Bob = Updates.Person(1002, "Bob");

    [Fact]
    public async Task Private_howto_is_answered_in_html_with_a_bold_title_as_a_reply()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Private(Ana, 10, "/howto deadlift"));
        await api.WaitForSentAsync(1);

        var sent = Assert.Single(api.Sent());
        Assert.Equal(Ana.Id, sent.Long("chat_id"));
        Assert.Equal("html", sent["parse_mode"], ignoreCase: true);
        Assert.Equal(10, sent.ReplyTo);
        Assert.StartsWith("<b>Deadlift (intermediate)</b>\n\n", sent.Text, StringComparison.Ordinal);
        Assert.Contains("\n1. Stand with the bar over the middle of your feet", sent.Text, StringComparison.Ordinal);
        Assert.Contains("\n• ", sent.Text, StringComparison.Ordinal);

        // The only markup is the adapter's own tags; everything else arrived escaped.
        Assert.DoesNotMatch(new Regex("<(?!/?[bi]>)"), sent.Text);
    }

    [Fact]
    public async Task Start_up_sets_both_command_menus_and_removes_any_webhook_before_polling()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);
        await api.WaitUntilAsync(a => a.Calls("getUpdates").Count > 0, "polling");

        var menus = api.Calls("setMyCommands");
        Assert.Equal(2, menus.Count);
        var scopes = menus.Select(m => m.Json("scope")!.Value.GetProperty("type").GetString()).ToList();
        Assert.Equal(["all_private_chats", "all_group_chats"], scopes);
        var privateNames = menus[0].Json("commands")!.Value.EnumerateArray().Select(c => c.GetProperty("command").GetString()).ToList();
        var groupNames = menus[1].Json("commands")!.Value.EnumerateArray().Select(c => c.GetProperty("command").GetString()).ToList();
        string[] personal =
        [
            "start", "help", "howto", "exercises", "tips", "log", "undo", "history", "records", "today", "next", "progress",
            "stats", "export", "forget", "units", "timezone", "settings",
        ];
        string[] groupOnly = ["accountability", "join", "leave", "goal", "share", "remind", "streak", "board", "checkin"];
        Assert.Equal(personal.Order(), privateNames.Order());
        Assert.Equal(personal.Concat(groupOnly).Order(), groupNames.Order());

        // Telegram refuses the whole menu for a repeated or malformed name, or a description over 256 characters.
        Assert.All(menus, m => Assert.All(m.Json("commands")!.Value.EnumerateArray(), c =>
        {
            Assert.Matches("^[a-z0-9_]{1,32}$", c.GetProperty("command").GetString());
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 256);
        }));

        var methods = api.Calls().Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"));
        var poll = api.Calls("getUpdates")[0];
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member"], poll.Json("allowed_updates")!.Value.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task In_a_group_only_commands_for_this_bot_are_answered()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Group(Ana, 20, "/howto@OtherBot deadlift"));
        api.Enqueue(Updates.Group(Bob, 21, "nice lifting everyone"));
        api.Enqueue(Updates.Group(Ana, 22, "/howto@TestBot deadlift"));
        await api.WaitForSentAsync(1);

        // One chat is handled in order, so the two before it are already done.
        var sent = Assert.Single(api.Sent());
        Assert.Equal(Updates.GroupId, sent.Long("chat_id"));
        Assert.Equal(22, sent.ReplyTo);
        Assert.StartsWith("<b>Deadlift (intermediate)</b>", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_of_the_bot_in_a_group_is_answered()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Group(Ana, 23, "@TestBot how do I do a deadlift?"));
        await api.WaitForSentAsync(1);

        Assert.StartsWith("<b>Deadlift (intermediate)</b>", Assert.Single(api.Sent()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_reaches_the_core_as_an_edit_with_its_own_delivery_key()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var core = new ScriptedHandler();
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Private(Ana, 30, "deadlift 3x5 100kg"));
        api.Enqueue(Updates.Edited(Updates.PrivateMessage(Ana, 30, string.Empty), "deadlift 3x5 105kg", Updates.Sent.AddMinutes(1)));
        api.Enqueue(Updates.Edited(Updates.PrivateMessage(Ana, 30, string.Empty), "deadlift 3x5 110kg", Updates.Sent.AddMinutes(2)));
        await api.WaitUntilAsync(_ => core.Received.Count == 3, "three messages in the core");

        var received = core.Received.ToList();
        Assert.False(received[0].IsEdit);
        Assert.All(received.Skip(1), m => Assert.True(m.IsEdit));
        Assert.All(received, m => Assert.Equal("30", m.MessageId));
        Assert.Equal("deadlift 3x5 110kg", received[2].Text);
        Assert.Equal("edit:" + new DateTimeOffset(Updates.Sent.AddMinutes(1)).ToUnixTimeSeconds(), received[1].EventId);
        Assert.All(received, m => Assert.Equal(Updates.Sent, m.SentAt.UtcDateTime));
        Assert.Equal(3, received.Select(m => m.DeliveryKey).Distinct().Count());
    }

    [Fact]
    public async Task An_edited_command_is_answered_again_by_the_real_core()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Private(Ana, 31, "/howto deadlift"));
        api.Enqueue(Updates.Edited(Updates.PrivateMessage(Ana, 31, string.Empty), "/units", Updates.Sent.AddMinutes(1)));
        await api.WaitForSentAsync(2);

        Assert.Contains("You log in kg", api.Sent()[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_press_reaches_the_core_as_its_command_and_is_answered()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var core = new ScriptedHandler();
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Button(Ana, Ana.Id, onMessageId: 77, "/undo", "cb-1"));
        await api.WaitUntilAsync(a => core.Received.Count == 1 && a.Calls("answerCallbackQuery").Count == 1, "the press handled");

        var press = Assert.Single(core.Received);
        Assert.Equal("/undo", press.Text);
        Assert.Equal("77", press.MessageId);
        Assert.Equal("cb:cb-1", press.EventId);
        Assert.True(press.AddressesCoach);
        Assert.Equal(Ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), press.UserId);
        var answer = Assert.Single(api.Calls("answerCallbackQuery"));
        Assert.Equal("cb-1", answer["callback_query_id"]);
        Assert.Null(answer["show_alert"]);
    }

    [Fact]
    public async Task A_button_whose_data_is_not_a_short_command_gets_an_alert_and_never_reaches_the_core()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var core = new ScriptedHandler();
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Button(Ana, Ana.Id, 78, "undo", "cb-2"));
        api.Enqueue(Updates.Button(Ana, Ana.Id, 78, "/" + new string('x', 64), "cb-3"));
        api.Enqueue(Updates.Button(Ana, Ana.Id, 78, "/undo\nrm", "cb-4"));
        await api.WaitUntilAsync(a => a.Calls("answerCallbackQuery").Count == 3, "three answers");

        Assert.Empty(core.Received);
        Assert.All(api.Calls("answerCallbackQuery"), a =>
        {
            Assert.Equal("true", a["show_alert"]);
            Assert.False(string.IsNullOrEmpty(a["text"]));
        });
    }

    [Fact]
    public async Task Hostile_names_and_texts_arrive_escaped()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db);
        var eve = Updates.Person(1003, "<b>Eve</b>", "& </i>");

        api.Enqueue(Updates.Private(eve, 40, "hi"));
        api.Enqueue(Updates.Private(eve, 41, "/units </i> & <b>"));
        await api.WaitForSentAsync(2);

        var greeting = api.Sent()[0].Text;
        Assert.Contains("Hi &lt;b&gt;Eve&lt;/b&gt; &amp; &lt;/i&gt;!", greeting, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Eve", greeting, StringComparison.Ordinal);
        var error = api.Sent()[1].Text;
        Assert.Contains("&quot;&lt;/i&gt; &amp; &lt;b&gt;&quot; is not a unit I know", error, StringComparison.Ordinal);
        Assert.All(api.Sent(), s => Assert.DoesNotMatch(new Regex("<(?!/?[bi]>)"), s.Text));
    }

    [Fact]
    public async Task A_restart_loses_nothing_and_answers_nothing_twice()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.Enqueue(Updates.Private(Ana, 50, "/howto deadlift"));
        api.Enqueue(Updates.Private(Bob, 51, "/units"));
        api.Enqueue(Updates.Group(Ana, 52, "/howto@TestBot deadlift"));

        // The first process dies before a getUpdates confirms its batch: Telegram still holds all three.
        api.LoseConfirmations = true;
        await using (var first = await TestBot.StartAsync(api, db))
        {
            await api.WaitForSentAsync(3);
        }

        Assert.Equal(0, api.ConfirmedOffset);
        api.LoseConfirmations = false;

        // Said while the coach was down.
        api.Enqueue(Updates.Private(Ana, 53, "/units lb"));
        api.Enqueue(Updates.Group(Bob, 54, "/howto@TestBot deadlift"));
        await using (var second = await TestBot.StartAsync(api, db))
        {
            await api.WaitForSentAsync(5);
            await api.WaitUntilAsync(a => a.ConfirmedOffset == 6, "the batch confirmed");
        }

        var answered = api.Sent().Select(s => s.ReplyTo).ToList();
        Assert.Equal([50, 51, 52, 53, 54], answered.Order());
        Assert.Contains("now in lb", api.Sent().Single(s => s.ReplyTo == 53).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_in_the_middle_of_a_batch_finishes_the_message_under_way_and_leaves_the_rest_for_the_next_start()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.Enqueue(Updates.Private(Ana, 100, "/howto deadlift"));
        api.Enqueue(Updates.Private(Ana, 101, "/units"));
        api.Enqueue(Updates.Private(Ana, 102, "/tips"));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = await TestBot.StartAsync(api, db, services: s => s.AddSingleton<IChatHandler>(sp =>
            new GatedHandler(sp.GetRequiredService<ChatCoach.Core.Conversations.ConversationEngine>(), "101", entered, release.Task)));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopping = first.DisposeAsync().AsTask();
        await Task.Delay(50);
        release.SetResult();
        await stopping;

        Assert.Equal([100, 101], api.Sent().Select(s => s.ReplyTo));
        Assert.Equal(0, api.ConfirmedOffset);

        await using (var second = await TestBot.StartAsync(api, db))
        {
            await api.WaitUntilAsync(a => a.ConfirmedOffset == 4, "the batch confirmed");
        }

        Assert.Equal([100, 101, 102], api.Sent().Select(s => s.ReplyTo));
    }

    [Fact]
    public async Task Polling_survives_server_errors_and_answers_afterwards()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.FailNext("getUpdates", 500, "Internal Server Error", times: 2);
        api.FailNext("getUpdates", 429, "Too Many Requests: retry after 2", retryAfter: 2);
        api.FailNext("getUpdates", 409, "Conflict: terminated by other getUpdates request");
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Private(Ana, 60, "/howto deadlift"));
        await api.WaitForSentAsync(1);

        Assert.True(api.Calls("getUpdates").Count(c => !c.Succeeded) == 4);
    }

    [Fact]
    public async Task Group_commands_carry_the_senders_admin_status_looked_up_once()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.Admins.Add(Ana.Id);
        var core = new ScriptedHandler();
        await using var bot = await TestBot.StartAsync(api, db, core);

        api.Enqueue(Updates.Group(Ana, 70, "/remind@TestBot 18:00"));
        api.Enqueue(Updates.Group(Ana, 71, "/remind off"));
        api.Enqueue(Updates.Group(Bob, 72, "/remind 07:00"));
        api.Enqueue(Updates.Group(Bob, 73, "just chatting"));
        await api.WaitUntilAsync(_ => core.Received.Count == 4, "four messages in the core");

        var received = core.Received.ToList();
        Assert.Equal([true, true, false, false], received.Select(m => m.SenderIsAdmin));
        Assert.Equal("/remind 18:00", received[0].Text);
        Assert.Equal([true, true, true, false], received.Select(m => m.AddressesCoach));
        Assert.Equal(2, api.Calls("getChatMember").Count);
    }

    [Fact]
    public async Task A_forum_topic_is_answered_in_the_same_topic()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var core = new ScriptedHandler(_ => [new ReplyBuilder(ReplyKind.Help).Line("In the topic.").Build()]);
        await using var bot = await TestBot.StartAsync(api, db, core);
        var message = Updates.GroupMessage(Ana, 80, "/help@TestBot");
        message.IsTopicMessage = true;
        message.MessageThreadId = 7;
        message.ReplyToMessage = new Message { Id = 7, Date = Updates.Sent, Chat = message.Chat, From = Ana };

        api.Enqueue(new Update { Message = message });
        await api.WaitForSentAsync(1);

        var received = Assert.Single(core.Received);
        Assert.Equal("7", received.Chat.ThreadId);
        Assert.Null(received.ReplyToMessageId);
        var sent = Assert.Single(api.Sent());
        Assert.Equal(7, sent.Long("message_thread_id"));
        Assert.Equal(80, sent.ReplyTo);
    }

    [Fact]
    public async Task A_rejected_token_stops_start_up_with_a_message_that_names_the_setting()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.FailNext("getMe", 401, "Unauthorized");
        using var host = TestBot.Build(api, db, null, null, null, out var logs);

        var e = await Assert.ThrowsAsync<ChatAdapterException>(() => host.StartAsync());

        Assert.Equal("Telegram rejected the bot token (401): check Telegram:BotToken / CHATCOACH_Telegram__BotToken", e.Message);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(FakeBotApi.Token, StringComparison.Ordinal));
        Assert.Empty(api.Calls("getUpdates"));
    }

    [Fact]
    public async Task Logs_never_contain_the_token_or_what_people_said()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        api.FailNext("getUpdates", 500, "Internal Server Error");
        api.Refuse(Bob.Id, 403, "Forbidden: bot was blocked by the user");
        await using var bot = await TestBot.StartAsync(api, db);

        api.Enqueue(Updates.Private(Bob, 90, "deadlift 3x5 140kg feels heavy"));
        api.Enqueue(Updates.Private(Ana, 91, "/howto deadlift"));
        await api.WaitForSentAsync(1);
        await bot.DisposeAsync();

        var lines = bot.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("bot was blocked by the user", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(FakeBotApi.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("140kg", StringComparison.Ordinal));
    }
}
