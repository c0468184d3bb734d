using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Exceptions;

namespace ChatCoach.Telegram.Tests;

/// <summary>The outbox on its own: pacing and retry rules, with calls that stand in for Telegram.</summary>
public sealed class OutboxTests
{
    private static Outbox Create(TimeProvider clock, TelegramTuning? tuning = null) =>
        new(tuning ?? new TelegramTuning(), clock, NullLogger<Outbox>.Instance);

    [Fact]
    public async Task A_group_gets_at_most_its_messages_per_minute()
    {
        var clock = new JumpClock();
        var outbox = Create(clock, new TelegramTuning { GroupMessagesPerMinute = 3 });
        var times = new List<DateTimeOffset>();

        using (var lane = await outbox.OpenAsync(-100, isGroup: true, CancellationToken.None))
        {
            for (var i = 0; i < 4; i++)
            {
                times.Add(await lane.SendAsync(_ => Task.FromResult(clock.GetUtcNow()), CancellationToken.None));
            }
        }

        Assert.Equal(TimeSpan.FromSeconds(1), times[1] - times[0]);
        Assert.Equal(TimeSpan.FromSeconds(1), times[2] - times[1]);
        Assert.Equal(TimeSpan.FromMinutes(1), times[3] - times[0]);
    }

    [Fact]
    public async Task Different_chats_do_not_wait_for_each_other()
    {
        var clock = new FastClock(1);
        var outbox = Create(clock);
        var started = clock.GetUtcNow();

        for (var chat = 1; chat <= 5; chat++)
        {
            using var lane = await outbox.OpenAsync(chat, isGroup: false, CancellationToken.None);
            await lane.SendAsync(_ => Task.FromResult(true), CancellationToken.None);
        }

        // Five chats at about 30 a second overall take a fraction of a second; paced as one chat they would take four.
        Assert.True(clock.GetUtcNow() - started < TimeSpan.FromSeconds(2), $"took {(clock.GetUtcNow() - started).TotalSeconds} s");
    }

    [Fact]
    public async Task A_refusal_is_final_and_a_server_error_is_retried_a_bounded_number_of_times()
    {
        var clock = new JumpClock();
        var outbox = Create(clock, new TelegramTuning { MaxTransientAttempts = 3 });
        using var lane = await outbox.OpenAsync(1, isGroup: false, CancellationToken.None);
        var calls = 0;

        var refused = await Assert.ThrowsAsync<DeliveryFailedException>(() => lane.SendAsync<bool>(
            _ =>
            {
                calls++;
                throw new ApiRequestException("Forbidden: bot was blocked by the user", 403);
            },
            CancellationToken.None));
        Assert.Equal(403, refused.Code);
        Assert.Equal(1, calls);

        calls = 0;
        var failed = await Assert.ThrowsAsync<DeliveryFailedException>(() => lane.SendAsync<bool>(
            _ =>
            {
                calls++;
                throw new ApiRequestException("Internal Server Error", 500);
            },
            CancellationToken.None));
        Assert.Equal(500, failed.Code);
        Assert.Equal(3, calls);

        calls = 0;
        var delivered = await lane.SendAsync(
            _ => ++calls < 3 ? throw new RequestException("Bot API Service Failure", new HttpRequestException("refused")) : Task.FromResult("sent"),
            CancellationToken.None);
        Assert.Equal("sent", delivered);

        calls = 0;
        var before = clock.GetUtcNow();
        var afterWait = await lane.SendAsync(
            _ => ++calls < 2 ? throw new ApiRequestException("Too Many Requests: retry after 7", 429, new global::Telegram.Bot.Types.ResponseParameters { RetryAfter = 7 }) : Task.FromResult(clock.GetUtcNow()),
            CancellationToken.None);
        Assert.True(afterWait - before >= TimeSpan.FromSeconds(7));
    }
}
