using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Tests.Fakes;

namespace ChatCoach.Discord.Tests;

/// <summary>Slash commands, buttons and autocomplete, answered within Discord's three seconds.</summary>
public sealed class InteractionTests
{
    [Fact]
    public async Task A_slash_howto_is_answered_in_the_callback_itself()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i1", "howto", """[{"name":"exercise","type":3,"value":"deadlift"}]"""));

        var callback = await discord.Fake.NextRequestAsync("POST", "interactions/i1/tok-i1/callback");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        var embed = callback.Json.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("Deadlift", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("with_response=true", callback.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Fake.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_at_once_and_then_edited_in()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Stats).Title("This week").Line("3 sessions").Build(), delay: TimeSpan.FromMilliseconds(800));
        await using var discord = await TestDiscord.StartAsync(handler, new() { ["Discord:InteractionDeferAfterMs"] = "150" });
        var gateway = await discord.ConnectAsync();

        var asked = DateTimeOffset.UtcNow;
        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i2", "stats", """[{"name":"period","type":3,"value":"week"}]"""));

        var ack = await discord.Fake.NextRequestAsync("POST", "interactions/i2/tok-i2/callback");
        Assert.Equal(5, ack.Json.GetProperty("type").GetInt32());
        Assert.True(ack.At - asked < TimeSpan.FromMilliseconds(700), "deferred well before the slow answer");
        var edit = await discord.Fake.NextRequestAsync("PATCH", $"webhooks/{TestIds.Application}/tok-i2/messages/@original");
        Assert.Equal("This week", edit.FirstEmbed!.Value.GetProperty("title").GetString());
        Assert.Equal("/stats week", Assert.Single(handler.Received).Text);
    }

    [Fact]
    public async Task Slash_commands_become_the_text_commands_the_core_reads()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Logged).Line("ok").Build());
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i3", "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 100kg"}]"""));
        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i4", "goal", """[{"name":"sessions","type":4,"value":3}]"""));
        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i5", "undo", inGuild: false));
        await GatewayTests.WaitUntilAsync(() => handler.Received.Count == 3);

        var byText = handler.Received.ToDictionary(m => m.Text);
        Assert.Equal(["/goal 3", "/log deadlift 3x5 100kg", "/undo"], byText.Keys.Order(StringComparer.Ordinal));
        var log = byText["/log deadlift 3x5 100kg"];
        Assert.True(log.Chat.IsGroup && log.AddressesCoach);
        Assert.Equal(TestIds.Alice, log.UserId);
        Assert.Equal("ix:i3", log.EventId);
        Assert.False(byText["/undo"].Chat.IsGroup);
        Assert.Equal(TestIds.AliceDm, byText["/undo"].Chat.ChatId);
    }

    [Fact]
    public async Task A_button_press_sends_its_command_and_gets_a_new_message()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress("i6", "/howto deadlift", onMessageId: "b1"));

        var callback = await discord.Fake.NextRequestAsync("POST", "interactions/i6/tok-i6/callback");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.StartsWith("Deadlift", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_with_an_invalid_command_is_acknowledged_without_reaching_the_core()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Help).Line("no").Build());
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress("i7", "delete everything", onMessageId: "b1"));

        var callback = await discord.Fake.NextRequestAsync("POST", "interactions/i7/tok-i7/callback");
        Assert.Equal(6, callback.Json.GetProperty("type").GetInt32());
        Assert.Empty(handler.Received);
    }

    [Fact]
    public async Task Autocomplete_offers_matching_exercises()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.Autocomplete("i8", "dead"));

        var callback = await discord.Fake.NextRequestAsync("POST", "interactions/i8/tok-i8/callback");
        Assert.Equal(8, callback.Json.GetProperty("type").GetInt32());
        var choices = callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Contains(choices, c => c.GetProperty("value").GetString() == "deadlift");
    }

    [Fact]
    public async Task Commands_are_registered_globally_after_ready_with_exercise_and_entry_options()
    {
        await using var discord = await TestDiscord.StartAsync();
        await discord.ConnectAsync();

        var put = await discord.Fake.NextRequestAsync("PUT", $"applications/{TestIds.Application}/commands");

        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("exercise", commands["howto"].GetProperty("options")[0].GetProperty("name").GetString());
        Assert.True(commands["howto"].GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
        Assert.Equal("entry", commands["log"].GetProperty("options")[0].GetProperty("name").GetString());
        Assert.True(commands["log"].GetProperty("options")[0].GetProperty("required").GetBoolean());
        foreach (var command in commands.Values)
        {
            foreach (var option in command.GetProperty("options").EnumerateArray().Where(o => o.TryGetProperty("autocomplete", out _)))
            {
                Assert.Equal("exercise", option.GetProperty("name").GetString());
            }
        }

        Assert.Equal([0], commands["join"].GetProperty("contexts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.True(commands.Keys.All(k => k.Length <= 32 && !k.Any(char.IsUpper)));
    }

    [Fact]
    public async Task With_a_dev_guild_commands_are_registered_in_that_guild_once_per_process()
    {
        await using var discord = await TestDiscord.StartAsync(settings: new() { ["Discord:DevGuildId"] = TestIds.Guild });
        var gateway = await discord.ConnectAsync();
        await discord.Fake.NextRequestAsync("PUT", $"applications/{TestIds.Application}/guilds/{TestIds.Guild}/commands");

        await gateway.SendAsync("""{"op":9,"d":false}""");
        var again = await discord.Fake.NextConnectionAsync();
        await again.HelloAsync();
        await again.ExpectAsync(op: 2);
        await again.ReadyAsync("s2");
        await again.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "/help"));
        await discord.Fake.NextRequestAsync("POST", $"channels/{TestIds.AliceDm}/messages");

        Assert.Single(discord.Fake.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Several_replies_become_the_answer_and_follow_ups()
    {
        var handler = new ScriptedHandler(_ => Task.FromResult<IReadOnlyList<Reply>>(
        [
            new ReplyBuilder(ReplyKind.Logged).Line("Logged.").Build() with { Reference = "log:7" },
            new ReplyBuilder(ReplyKind.Progression).Line("Next time: 105 kg").Build(),
        ]));
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i9", "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 100kg"}]"""));

        var answer = await discord.Fake.NextRequestAsync("POST", "interactions/i9/tok-i9/callback");
        var followUp = await discord.Fake.NextRequestAsync("POST", $"webhooks/{TestIds.Application}/tok-i9");
        Assert.Equal("Logged.", answer.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("Next time: 105 kg", followUp.Content);
        await GatewayTests.WaitUntilAsync(() => !handler.Remembered.IsEmpty);
        Assert.Equal("log:7", Assert.Single(handler.Remembered).Reply.Reference);
    }

    [Fact]
    public async Task In_a_server_a_private_answer_goes_by_DM_and_the_channel_sees_only_an_acknowledgement()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        await discord.InteractAsync(gateway, "i10", Events.SlashCommand("i10", "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 100kg"}]"""));

        var answer = await discord.InteractAsync(gateway, "i11", Events.SlashCommand("i11", "history"));

        var dm = discord.Fake.Requests.Single(r => r.Is("POST", $"channels/dm-{TestIds.Alice}/messages"));
        Assert.Contains("Deadlift: 3×5 @ 100 kg", dm.Content, StringComparison.Ordinal);
        Assert.Equal(("Done.", 64), (answer.Content, answer.Message.GetProperty("flags").GetInt32()));
    }

    [Fact]
    public async Task When_DMs_are_closed_a_private_answer_to_a_command_is_shown_to_the_asker_alone()
    {
        await using var discord = await TestDiscord.StartAsync(prepare: fake => fake.ClosedDms.Add(TestIds.Alice));
        var gateway = await discord.ConnectAsync();
        await discord.InteractAsync(gateway, "i12", Events.SlashCommand("i12", "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 100kg"}]"""));

        var answer = await discord.InteractAsync(gateway, "i13", Events.SlashCommand("i13", "history"));

        Assert.Equal(4, answer.CallbackType);
        Assert.Contains("Deadlift: 3×5 @ 100 kg", answer.Content, StringComparison.Ordinal);
        Assert.Equal(64, answer.Message.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task A_deferred_private_answer_with_DMs_closed_is_an_ephemeral_follow_up()
    {
        await using var discord = await TestDiscord.StartAsync(settings: new() { ["Discord:InteractionDeferAfterMs"] = "0" }, prepare: fake => fake.ClosedDms.Add(TestIds.Alice));
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i14", "history"));

        Assert.Equal(5, (await discord.Fake.NextRequestAsync("POST", "interactions/i14/tok-i14/callback")).Json.GetProperty("type").GetInt32());
        var followUp = await discord.Fake.NextRequestAsync("POST", $"webhooks/{TestIds.Application}/tok-i14");
        Assert.Equal(64, followUp.Json.GetProperty("flags").GetInt32());
        Assert.StartsWith("**Your recent training**", followUp.Content, StringComparison.Ordinal);
        var original = await discord.Fake.NextRequestAsync("PATCH", $"webhooks/{TestIds.Application}/tok-i14/messages/@original");
        Assert.Equal("Done.", original.Content);
    }
}
