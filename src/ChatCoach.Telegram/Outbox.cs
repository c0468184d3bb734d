using Microsoft.Extensions.Logging;

namespace ChatCoach.Telegram;

/// <summary>
/// Paces and retries everything the bot sends. Each chat has a lane: one sender at a time, so a reply's parts stay
/// in order, and about one message a second, twenty a minute in groups; all lanes share about thirty a second. A 429
/// waits as long as Telegram says; network errors and 5xx back off with jitter a bounded number of times; any other
/// refusal is final. All waits run on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class Outbox(TelegramTuning tuning, TimeProvider clock, ILogger<Outbox> logger)
{
    private static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);

    private readonly Dictionary<long, Lane> _lanes = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _nextGlobalSlot;

    /// <summary>Waits until this caller has the chat's lane to itself; dispose the lease to let the next one in.</summary>
    public async Task<Lease> OpenAsync(long chatId, bool isGroup, CancellationToken ct)
    {
        Lane lane;
        lock (_lock)
        {
            if (_lanes.Count > 1024)
            {
                Prune();
            }

            if (!_lanes.TryGetValue(chatId, out var existing))
            {
                existing = new Lane(chatId, isGroup);
                _lanes[chatId] = existing;
            }

            lane = existing;
            lane.Users++;
        }

        try
        {
            await lane.Gate.WaitAsync(ct);
        }
        catch
        {
            Leave(lane);
            throw;
        }

        return new Lease(this, lane);
    }

    private async Task<T> SendAsync<T>(Lane lane, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var transient = 0;
        var tooMany = 0;
        while (true)
        {
            await WaitTurnAsync(lane, ct);
            try
            {
                return await call(ct);
            }
            catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
            {
                if (TelegramErrors.RetryAfter(e) is { } wait)
                {
                    if (++tooMany > tuning.MaxTooManyRequests)
                    {
                        throw new DeliveryFailedException(429, TelegramErrors.Describe(e), e);
                    }

                    Log.TooManyRequests(logger, lane.ChatId, (int)wait.TotalSeconds);
                    lane.NextAt = Max(lane.NextAt, clock.GetUtcNow() + wait);
                    continue;
                }

                if (TelegramErrors.IsTransient(e))
                {
                    if (++transient >= tuning.MaxTransientAttempts)
                    {
                        throw new DeliveryFailedException(TelegramErrors.Code(e), TelegramErrors.Describe(e), e);
                    }

                    var delay = Backoff.Delay(transient, tuning.BackoffBase, tuning.MaxBackoff);
                    Log.SendRetrying(logger, lane.ChatId, transient, (long)delay.TotalMilliseconds, TelegramErrors.Describe(e));
                    lane.NextAt = Max(lane.NextAt, clock.GetUtcNow() + delay);
                    continue;
                }

                throw new DeliveryFailedException(TelegramErrors.Code(e), TelegramErrors.Describe(e), e);
            }
        }
    }

    private async Task WaitTurnAsync(Lane lane, CancellationToken ct)
    {
        // First the chat's own pace; only then a slot in the shared budget, so a chat that must wait (a full group
        // minute) does not hold back every other chat.
        var now = clock.GetUtcNow();
        var at = Max(now, lane.NextAt);
        if (lane.IsGroup)
        {
            while (lane.Recent.Count > 0 && lane.Recent.Peek() <= at - GroupWindow)
            {
                lane.Recent.Dequeue();
            }

            if (lane.Recent.Count >= tuning.GroupMessagesPerMinute)
            {
                at = Max(at, lane.Recent.Peek() + GroupWindow);
            }
        }

        await DelayUntilAsync(at, ct);

        DateTimeOffset slot;
        lock (_lock)
        {
            slot = Max(clock.GetUtcNow(), _nextGlobalSlot);
            _nextGlobalSlot = slot + TimeSpan.FromSeconds(1.0 / tuning.MessagesPerSecond);
        }

        await DelayUntilAsync(slot, ct);

        // Paced from when this send really starts, which a busy machine may make later than its slot.
        var sending = Max(slot, clock.GetUtcNow());
        lane.NextAt = sending + tuning.PerChatInterval;
        if (lane.IsGroup)
        {
            lane.Recent.Enqueue(sending);
            while (lane.Recent.Count > tuning.GroupMessagesPerMinute)
            {
                lane.Recent.Dequeue();
            }
        }
    }

    private async Task DelayUntilAsync(DateTimeOffset at, CancellationToken ct)
    {
        // Timers tick in whole milliseconds and may fire a little early: wait until the clock agrees.
        TimeSpan delay;
        while ((delay = at - clock.GetUtcNow()) > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, ct);
        }
    }

    private void Leave(Lane lane)
    {
        lock (_lock)
        {
            lane.Users--;
        }
    }

    private void Prune()
    {
        // A lane idle for a group window has no pacing left to remember.
        var idleBefore = clock.GetUtcNow() - GroupWindow;
        foreach (var (id, lane) in _lanes.Where(l => l.Value.Users == 0 && l.Value.NextAt < idleBefore).ToList())
        {
            _lanes.Remove(id);
            lane.Gate.Dispose();
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    internal sealed class Lane(long chatId, bool isGroup)
    {
        public long ChatId { get; } = chatId;

        public bool IsGroup { get; } = isGroup;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Guarded by <see cref="Gate"/>: only the lease holder reads and writes the pacing state.</summary>
        public DateTimeOffset NextAt { get; set; }

        public Queue<DateTimeOffset> Recent { get; } = new();

        /// <summary>Guarded by the outbox lock: how many callers hold or wait for the lane.</summary>
        public int Users { get; set; }
    }

    /// <summary>Exclusive use of one chat's lane.</summary>
    internal sealed class Lease : IDisposable
    {
        private readonly Outbox _outbox;
        private readonly Lane _lane;
        private bool _disposed;

        internal Lease(Outbox outbox, Lane lane)
        {
            _outbox = outbox;
            _lane = lane;
        }

        /// <summary>Sends one message in this chat when its turn comes; throws <see cref="DeliveryFailedException"/> when it cannot.</summary>
        public Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
            _outbox.SendAsync(_lane, call, ct);

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _lane.Gate.Release();
                _outbox.Leave(_lane);
            }
        }
    }
}
