using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Tests.Fakes;

namespace ChatCoach.Discord.Tests;

/// <summary>People talking to the real coach over Discord messages, in DMs and in a server channel.</summary>
public sealed class ConversationTests
{
    private const string DmMessages = $"channels/{TestIds.AliceDm}/messages";
    private const string ChannelMessages = $"channels/{TestIds.Channel}/messages";

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
