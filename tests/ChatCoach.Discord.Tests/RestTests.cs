using System.Text;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Tests.Fakes;

namespace ChatCoach.Discord.Tests;

/// <summary>What the adapter sends over REST: rate limits honoured, retries bounded, files uploaded as multipart.</summary>
public sealed class RestTests
{
    private const string DmMessages = $"channels/{TestIds.AliceDm}/messages";

    [Fact]
    public async Task A_429_on_create_message_waits_retry_after_and_delivers_once()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Help).Line("hello Alice").Build());
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();
        discord.Fake.AnswerOnce(r => r.Is("POST", DmMessages), 429, """{"message":"You are being rate limited.","retry_after":0.4,"global":false}""",
            new() { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.4", ["Retry-After"] = "1" });

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "hi"));

        var limited = await discord.Fake.NextRequestAsync("POST", DmMessages);
        var delivered = await discord.Fake.NextRequestAsync("POST", DmMessages);
        Assert.Equal(429, limited.Status);
        Assert.Equal(200, delivered.Status);
        Assert.True(delivered.At - limited.At >= TimeSpan.FromMilliseconds(380), $"retried after {(delivered.At - limited.At).TotalMilliseconds} ms");
        await Task.Delay(200);
        Assert.Equal(2, discord.Fake.Requests.Count(r => r.Is("POST", DmMessages)));
        Assert.Contains(discord.Logs.Entries, e => e.EventId == 6020);
    }

    [Fact]
    public async Task An_exhausted_bucket_waits_for_its_reset_before_the_next_message()
    {
        var handler = new ScriptedHandler(m => Task.FromResult<IReadOnlyList<Reply>>([new ReplyBuilder(ReplyKind.Help).Line(m.Text).Build()]));
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();
        discord.Fake.AnswerOnce(r => r.Is("POST", DmMessages), 200, """{"id":"1"}""",
            new() { ["X-RateLimit-Bucket"] = "dm", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.4" });

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "one"));
        var first = await discord.Fake.NextRequestAsync("POST", DmMessages);
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m2", "two"));
        var second = await discord.Fake.NextRequestAsync("POST", DmMessages);

        Assert.True(second.At - first.At >= TimeSpan.FromMilliseconds(380), $"sent after {(second.At - first.At).TotalMilliseconds} ms");
        Assert.DoesNotContain(discord.Fake.Requests, r => r.Status == 429);
    }

    [Fact]
    public async Task A_global_rate_limit_pauses_messages_to_every_channel()
    {
        var handler = new ScriptedHandler(m => Task.FromResult<IReadOnlyList<Reply>>([new ReplyBuilder(ReplyKind.Help).Line(m.Text).Build()]));
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();
        discord.Fake.AnswerOnce(r => r.Is("POST", DmMessages), 429, """{"message":"You are being rate limited.","retry_after":0.5,"global":true}""",
            new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" });

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "one"));
        var limited = await discord.Fake.NextRequestAsync("POST", DmMessages);

        // Once the bot has read the 429, a message for another channel waits too.
        await GatewayTests.WaitUntilAsync(() => discord.Logs.Entries.Any(e => e.EventId == 6020));
        await gateway.DispatchAsync("MESSAGE_CREATE", Events.ChannelMessage("c1", $"<@{TestIds.Bot}> two"));
        var other = await discord.Fake.NextRequestAsync("POST", $"channels/{TestIds.Channel}/messages");

        Assert.True(other.At - limited.At >= TimeSpan.FromMilliseconds(450), $"the other channel waited {(other.At - limited.At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_server_error_is_retried_and_a_client_error_is_logged_and_dropped()
    {
        var handler = ScriptedHandler.Always(new ReplyBuilder(ReplyKind.Help).Line("hello").Build());
        await using var discord = await TestDiscord.StartAsync(handler);
        var gateway = await discord.ConnectAsync();
        discord.Fake.AnswerOnce(r => r.Is("POST", DmMessages), 502, "{}");
        discord.Fake.AnswerOnce(r => r.Is("POST", DmMessages) && r.ReferencedMessageId == "m2", 403, """{"message":"Missing Permissions","code":50013}""");

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "hi"));
        Assert.Equal(502, (await discord.Fake.NextRequestAsync("POST", DmMessages)).Status);
        Assert.Equal(200, (await discord.Fake.NextRequestAsync("POST", DmMessages)).Status);

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m2", "hi again"));
        Assert.Equal(403, (await discord.Fake.NextRequestAsync("POST", DmMessages)).Status);
        await GatewayTests.WaitUntilAsync(() => discord.Logs.Entries.Any(e => e.EventId == 6021));
        var failure = discord.Logs.Entries.First(e => e.EventId == 6021).Message;
        Assert.Contains("403", failure, StringComparison.Ordinal);
        Assert.Contains("50013", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hi again", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_is_uploaded_as_multipart_with_the_png_bytes_and_shown_in_an_embed()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var chart = new ReplyBuilder(ReplyKind.Chart).Title("Deadlift e1RM").Line("Up 10 kg in 6 weeks").Build() with
        {
            Attachment = new ReplyAttachment("deadlift-progress.png", "image/png", png),
        };
        await using var discord = await TestDiscord.StartAsync(ScriptedHandler.Always(chart));
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("m1", "/progress deadlift"));

        var upload = await discord.Fake.NextRequestAsync("POST", DmMessages);
        Assert.StartsWith("multipart/form-data", upload.ContentType, StringComparison.Ordinal);
        var file = Assert.Single(upload.Files);
        Assert.Equal("files[0]", file.Name);
        Assert.Equal("deadlift-progress.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(png, file.Bytes);
        Assert.Equal("attachment://deadlift-progress.png", upload.FirstEmbed!.Value.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(0, upload.Json.GetProperty("attachments")[0].GetProperty("id").GetInt32());
        Assert.Equal("m1", upload.ReferencedMessageId);
    }

    [Fact]
    public async Task A_csv_export_is_attached_to_a_plain_message()
    {
        var csv = Encoding.UTF8.GetBytes("date,exercise,sets\n2026-11-24,deadlift,3x5\n");
        var export = new ReplyBuilder(ReplyKind.Export).Line("Your log, 1 session.").Build() with
        {
            Attachment = new ReplyAttachment("chatcoach-log.csv", "text/csv", csv),
        };
        await using var discord = await TestDiscord.StartAsync(ScriptedHandler.Always(export));
        var gateway = await discord.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand("i1", "export", inGuild: false));

        var callback = await discord.Fake.NextRequestAsync("POST", "interactions/i1/tok-i1/callback");
        Assert.Equal(csv, Assert.Single(callback.Files).Bytes);
        Assert.Equal("Your log, 1 session.", callback.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.False(callback.Json.GetProperty("data").TryGetProperty("embeds", out _));
    }
}
