using ChatCoach.Core.Chat;
using ChatCoach.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Host.Tests;

public sealed class SchedulingTests
{
    [Fact]
    public async Task Two_processes_sharing_one_database_post_the_weekly_digest_exactly_once()
    {
        // 2026-11-02 is a Monday; the default digest is Sunday 18:00 in the group's timezone (UTC here).
        await using var chat = await TestChat.StartAsync(at: "2026-11-02T08:00");
        await chat.SendInGroup("gym", "ana", "/accountability on");
        await chat.SendInGroup("gym", "ana", "/join 1");
        await chat.SendInGroup("gym", "ana", "/log deadlift 3x5 100kg");
        var db = chat.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Storage:SqlitePath"]!;

        var due = new DateTimeOffset(2026, 11, 8, 18, 0, 30, TimeSpan.Zero);
        using var first = await StartProcessAsync(db, due, "first");
        using var second = await StartProcessAsync(db, due, "second");
        var work1 = first.Services.GetServices<IDueWork>().ToList();
        var work2 = second.Services.GetServices<IDueWork>().ToList();

        // Both "processes" wake at the same moment, many times over: the claim row lets exactly one digest through.
        var runs = new List<Task<IReadOnlyList<Reply>>>();
        for (var i = 0; i < 5; i++)
        {
            runs.AddRange(work1.Select(w => w.RunDueAsync(due, CancellationToken.None)));
            runs.AddRange(work2.Select(w => w.RunDueAsync(due.AddSeconds(i), CancellationToken.None)));
        }

        var replies = (await Task.WhenAll(runs)).SelectMany(r => r).ToList();

        var digest = Assert.Single(replies, r => r.Kind == ReplyKind.Summary);
        Assert.Equal(new ChatAddress(ChatPlatform.Terminal, "gym", IsGroup: true), digest.To);
        Assert.Contains("ana 1/1", digest.ToPlainText(), StringComparison.Ordinal);

        await first.StopAsync();
        await second.StopAsync();
    }

    [Fact]
    public async Task The_digest_waits_for_the_group_local_time_and_skips_a_slot_missed_by_half_a_day()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-02T08:00");
        await chat.SendInGroup("gym", "ana", "/accountability on");
        await chat.SendInGroup("gym", "ana", "/settings timezone America/New_York");
        await chat.SendInGroup("gym", "ana", "/join 2");
        var work = chat.Services.GetServices<IDueWork>().Single();

        // Sunday 18:00 in New York is 23:00 UTC in November.
        var early = await work.RunDueAsync(new DateTimeOffset(2026, 11, 8, 22, 59, 0, TimeSpan.Zero), CancellationToken.None);
        var next = await work.NextDueAsync(new DateTimeOffset(2026, 11, 8, 22, 59, 0, TimeSpan.Zero), CancellationToken.None);
        var late = await work.RunDueAsync(new DateTimeOffset(2026, 11, 9, 12, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var onTime = await work.RunDueAsync(new DateTimeOffset(2026, 11, 15, 23, 1, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.DoesNotContain(early, r => r.Kind == ReplyKind.Summary);
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 23, 0, 0, TimeSpan.Zero), next);
        Assert.Empty(late);
        Assert.Single(onTime, r => r.Kind == ReplyKind.Summary);
    }

    private static async Task<IHost> StartProcessAsync(string db, DateTimeOffset now, string name)
    {
        var builder = CoachHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = db,
            ["Scheduler:InstanceName"] = name,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
