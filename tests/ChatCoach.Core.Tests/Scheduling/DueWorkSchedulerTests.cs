using ChatCoach.Core.Chat;
using ChatCoach.Core.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Core.Tests.Scheduling;

public sealed class DueWorkSchedulerTests
{
    private static readonly ChatAddress Gym = new(ChatPlatform.Telegram, "-100", IsGroup: true);

    [Fact]
    public async Task A_failing_job_is_retried_on_the_next_tick_and_other_jobs_still_run()
    {
        var flaky = new FlakyWork(failuresBeforeSuccess: 1);
        var steady = new FlakyWork(failuresBeforeSuccess: 0);
        var sender = new RecordingSender();
        var scheduler = Scheduler([flaky, steady], [sender]);

        await scheduler.TickAsync(CancellationToken.None);
        await scheduler.TickAsync(CancellationToken.None);

        Assert.Equal(2, flaky.Calls);
        Assert.Equal(2, steady.Calls);
        Assert.Equal(3, sender.Sent.Count);
    }

    [Fact]
    public async Task A_message_for_a_platform_with_no_running_adapter_is_skipped_not_thrown()
    {
        var scheduler = Scheduler([new FlakyWork(0)], []);

        await scheduler.TickAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_sender_that_throws_does_not_stop_the_tick()
    {
        var work = new FlakyWork(0);
        var scheduler = Scheduler([work, new FlakyWork(0)], [new RecordingSender { Throw = true }]);

        await scheduler.TickAsync(CancellationToken.None);

        Assert.Equal(1, work.Calls);
    }

    private static DueWorkScheduler Scheduler(IEnumerable<IDueWork> work, IEnumerable<IChatSender> senders) =>
        new(work, senders, Options.Create(new SchedulerOptions()), new FakeTimeProvider(DateTimeOffset.UnixEpoch), NullLogger<DueWorkScheduler>.Instance);

    private sealed class FlakyWork(int failuresBeforeSuccess) : IDueWork
    {
        public int Calls { get; private set; }

        public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken ct) => Task.FromResult<DateTimeOffset?>(null);

        public Task<IReadOnlyList<Reply>> RunDueAsync(DateTimeOffset now, CancellationToken ct)
        {
            Calls++;
            if (Calls <= failuresBeforeSuccess)
            {
                throw new InvalidOperationException("database is locked");
            }

            return Task.FromResult<IReadOnlyList<Reply>>([new ReplyBuilder(ReplyKind.Summary).Line("digest").Build() with { To = Gym }]);
        }
    }

    private sealed class RecordingSender : IChatSender
    {
        public List<(ChatAddress To, Reply Reply)> Sent { get; } = [];

        public bool Throw { get; init; }

        public ChatPlatform Platform => ChatPlatform.Telegram;

        public Task SendAsync(ChatAddress to, Reply reply, CancellationToken ct)
        {
            if (Throw)
            {
                throw new HttpRequestException("network down");
            }

            Sent.Add((to, reply));
            return Task.CompletedTask;
        }
    }
}
