using ChatCoach.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core.Scheduling;

/// <summary>
/// Runs due work on the injected clock and hands each message to the adapter of its platform. A tick that fails is
/// logged and retried on the next tick: an exception escaping a BackgroundService would stop the whole host.
/// </summary>
public sealed class DueWorkScheduler(
    IEnumerable<IDueWork> work,
    IEnumerable<IChatSender> senders,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<DueWorkScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TickInterval, clock);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the due work; public so tests can drive it on a fake clock.</summary>
    public async Task TickAsync(CancellationToken ct)
    {
        foreach (var job in work)
        {
            try
            {
                foreach (var reply in await job.RunDueAsync(clock.GetUtcNow(), ct))
                {
                    await SendAsync(reply, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.DueWorkFailed(logger, e, job.GetType().Name);
            }
        }
    }

    private async Task SendAsync(Reply reply, CancellationToken ct)
    {
        if (reply.To is not { } to)
        {
            return;
        }

        var sender = senders.FirstOrDefault(s => s.Platform == to.Platform);
        if (sender is null)
        {
            Log.NoSender(logger, to.Platform);
            return;
        }

        try
        {
            await sender.SendAsync(to, reply, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.SendFailed(logger, e, to.Platform);
        }
    }
}
