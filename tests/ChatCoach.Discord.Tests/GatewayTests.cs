using ChatCoach.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord.Tests;

/// <summary>The gateway conversation: identify, heartbeats, and every way a connection ends.</summary>
public sealed class GatewayTests
{
    [Fact]
    public async Task Identifies_with_the_bot_token_and_the_coach_intents()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/gateway", gateway.Path);

        await gateway.HelloAsync();
        var identify = await gateway.ExpectAsync(op: 2);

        Assert.Equal(TestIds.Token, identify.GetProperty("token").GetString());
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
        Assert.False(identify.TryGetProperty("shard", out _), "one shard sends no shard field");
        var properties = identify.GetProperty("properties");
        Assert.Equal("chatcoach", properties.GetProperty("browser").GetString());
        Assert.True(properties.TryGetProperty("os", out _) && properties.TryGetProperty("device", out _));

        var gatewayBot = discord.Fake.Requests.Single(r => r.Is("GET", "gateway/bot"));
        Assert.Equal("Bot " + TestIds.Token, gatewayBot.Authorization);
        Assert.Equal("DiscordBot (https://github.com/chatcoach/chatcoach, 1.0)", gatewayBot.UserAgent);
    }

    [Fact]
    public async Task Identify_names_the_shard_when_there_are_several()
    {
        await using var discord = await TestDiscord.StartAsync(settings: new() { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "3" });
        var gateway = await discord.Fake.NextConnectionAsync();
        await gateway.HelloAsync();

        var identify = await gateway.ExpectAsync(op: 2);

        Assert.Equal([1, 3], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Heartbeats_come_at_the_interval_and_carry_the_last_sequence()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync(heartbeatIntervalMs: 200);
        var sequence = await gateway.DispatchAsync("GUILD_CREATE", $$"""{"id":"{{TestIds.Guild}}","owner_id":"{{TestIds.Alice}}","roles":[]}""");

        await WaitUntilAsync(() => gateway.Heartbeats.Count >= 5);

        var beats = gateway.Heartbeats;

        // The machine is shared: allow for scheduling noise, but the rhythm must be the interval's.
        Assert.True(beats[0].At - gateway.HelloSentAt < TimeSpan.FromMilliseconds(200 + 500), "the first beat comes within one (jittered) interval");
        var gaps = beats.Zip(beats.Skip(1)).Select(p => (p.Second.At - p.First.At).TotalMilliseconds).Order().ToList();
        Assert.InRange(gaps[gaps.Count / 2], 150, 300);
        Assert.All(gaps, g => Assert.InRange(g, 100, 1200));
        Assert.Equal(sequence, beats[^1].Frame.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync(heartbeatIntervalMs: 60_000);
        await WaitUntilAsync(() => gateway.Heartbeats.Count >= 0);
        var before = gateway.Heartbeats.Count;

        await gateway.SendAsync("""{"op":1,"d":null}""");

        await WaitUntilAsync(() => gateway.Heartbeats.Count > before, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Reconnect_request_closes_with_4000_and_resumes_without_missing_or_doubling_a_message()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "/howto deadlift"));
        await discord.Fake.NextRequestAsync("POST", $"channels/{TestIds.AliceDm}/messages");

        // Discord asks the client to reconnect; meanwhile Alice sends another message.
        await gateway.SendAsync("""{"op":7,"d":null}""");
        await gateway.WaitClosedAsync();
        Assert.Equal(4000, gateway.ClientCloseStatus);
        var missed = discord.Fake.NextSequence();

        var resumed = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.HelloAsync();
        var resume = await resumed.ExpectAsync(op: 6);
        Assert.Equal(TestIds.Token, resume.GetProperty("token").GetString());
        Assert.Equal("s1", resume.GetProperty("session_id").GetString());
        Assert.Equal(missed - 1, resume.GetProperty("seq").GetInt64());

        // Discord replays what was missed, then RESUMED, then life goes on.
        await resumed.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m2", "/howto squat"), missed);
        await resumed.DispatchAsync("RESUMED", "null");
        await resumed.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m3", "/howto plank"));

        await discord.Fake.NextRequestAsync("POST", $"channels/{TestIds.AliceDm}/messages");
        await discord.Fake.NextRequestAsync("POST", $"channels/{TestIds.AliceDm}/messages");
        var replies = discord.Fake.Requests.Where(r => r.Is("POST", $"channels/{TestIds.AliceDm}/messages")).ToList();
        Assert.Equal(["m1", "m2", "m3"], replies.Select(r => r.ReferencedMessageId));
        Assert.Single(discord.Fake.Requests, r => r.Is("GET", "gateway/bot"));
    }

    [Fact]
    public async Task Invalid_session_that_cannot_resume_identifies_again_on_the_gateway_url()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "hello"));

        await gateway.SendAsync("""{"op":9,"d":false}""");
        await gateway.WaitClosedAsync();
        Assert.NotEqual(1000, gateway.ClientCloseStatus);

        var fresh = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/gateway", fresh.Path);
        await fresh.HelloAsync();
        var identify = await fresh.ExpectAsync(op: 2);
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Invalid_session_that_may_resume_resumes()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.SendAsync("""{"op":9,"d":true}""");

        var next = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/resume", next.Path);
        await next.HelloAsync();
        Assert.Equal("s1", (await next.ExpectAsync(op: 6)).GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task A_dropped_socket_is_resumed_from_the_last_sequence()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();
        var last = await gateway.DispatchAsync("GUILD_CREATE", $$"""{"id":"{{TestIds.Guild}}","owner_id":"{{TestIds.Alice}}","roles":[]}""");
        await WaitUntilAsync(() => gateway.Heartbeats.Any(h => h.Frame.GetProperty("d").ValueKind == System.Text.Json.JsonValueKind.Number));

        gateway.Drop();

        var resumed = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.HelloAsync();
        var resume = await resumed.ExpectAsync(op: 6);
        Assert.Equal("s1", resume.GetProperty("session_id").GetString());
        Assert.Equal(last, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_a_zombie_and_the_client_reconnects_and_resumes()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync(heartbeatIntervalMs: 150);
        gateway.AcknowledgeHeartbeats = false;

        await gateway.WaitClosedAsync();
        Assert.NotEqual(1000, gateway.ClientCloseStatus);
        Assert.NotEqual(1001, gateway.ClientCloseStatus);

        var resumed = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.HelloAsync();
        Assert.Equal("s1", (await resumed.ExpectAsync(op: 6)).GetProperty("session_id").GetString());
        Assert.Contains(discord.Logs.Entries, e => e.EventId == 6007);
    }

    [Fact]
    public async Task A_resumable_close_code_resumes_and_session_timeout_identifies_again()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.ConnectAsync();

        await gateway.CloseAsync(4000);
        var resumed = await discord.Fake.NextConnectionAsync();
        await resumed.HelloAsync();
        await resumed.ExpectAsync(op: 6);

        await resumed.CloseAsync(4009);
        var fresh = await discord.Fake.NextConnectionAsync();
        Assert.Equal("/gateway", fresh.Path);
        await fresh.HelloAsync();
        await fresh.ExpectAsync(op: 2);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_adapter_with_a_clear_message_and_the_host_keeps_running()
    {
        var canary = new Canary();
        await using var discord = await TestDiscord.StartAsync(services: s => s.AddHostedService(_ => canary));
        var gateway = await discord.Fake.NextConnectionAsync();
        await gateway.HelloAsync();
        await gateway.ExpectAsync(op: 2);

        await gateway.CloseAsync(4004);

        var adapter = discord.Host.Services.GetRequiredService<DiscordAdapter>();
        await adapter.Stopped.WaitAsync(TimeSpan.FromSeconds(5));
        var stopped = Assert.Single(discord.Logs.Entries, e => e.EventId == 6011);
        Assert.Equal(LogLevel.Critical, stopped.Level);
        Assert.Contains("check Discord:BotToken", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestIds.Token, string.Join('\n', discord.Logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);

        Assert.False(await discord.Fake.ConnectsWithinAsync(TimeSpan.FromMilliseconds(300)), "a fatal close code is not retried");
        var lifetime = discord.Host.Services.GetRequiredService<IHostApplicationLifetime>();
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        var ticks = canary.Ticks;
        await WaitUntilAsync(() => canary.Ticks > ticks);
    }

    [Fact]
    public async Task Disallowed_intents_say_where_to_enable_message_content()
    {
        await using var discord = await TestDiscord.StartAsync();
        var gateway = await discord.Fake.NextConnectionAsync();
        await gateway.HelloAsync();
        await gateway.ExpectAsync(op: 2);

        await gateway.CloseAsync(4014);

        await discord.Host.Services.GetRequiredService<DiscordAdapter>().Stopped.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Contains(discord.Logs.Entries, e => e.EventId == 6011 && e.Message.Contains("enable the Message Content intent under Bot → Privileged Gateway Intents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_rejected_by_the_gateway_lookup_stops_the_adapter_without_connecting()
    {
        await using var discord = await TestDiscord.StartAsync(prepare: fake => fake.AnswerOnce(r => r.Is("GET", "gateway/bot"), 401, """{"message":"401: Unauthorized","code":0}"""));

        await discord.Host.Services.GetRequiredService<DiscordAdapter>().Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Contains(discord.Logs.Entries, e => e.EventId == 6011 && e.Message.Contains("Discord:BotToken", StringComparison.Ordinal));
        Assert.False(await discord.Fake.ConnectsWithinAsync(TimeSpan.FromMilliseconds(100)));
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the condition did not come true in time");
            await Task.Delay(20);
        }
    }

    /// <summary>Another part of the host, which must keep working when the adapter stops.</summary>
    private sealed class Canary : BackgroundService
    {
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _ticks);
                await Task.Delay(20, stoppingToken);
            }
        }
    }
}
