namespace ChatCoach.Discord;

/// <summary>
/// Runs work off the gateway's receive loop, one item at a time per channel: messages in one channel are answered in
/// the order they were sent, while other channels proceed in parallel.
/// </summary>
internal sealed class ChannelQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public Task<T> Run<T>(string channelId, Func<Task<T>> work)
    {
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(channelId) ?? Task.CompletedTask;
            var next = AfterAsync(previous, work);
            _tails[channelId] = next;
            _ = next.ContinueWith(t => Forget(channelId, t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return next;
        }
    }

    public Task Run(string channelId, Func<Task> work) => Run(channelId, async () =>
    {
        await work();
        return true;
    });

    /// <summary>Completes when everything queued so far has finished.</summary>
    public Task WhenIdleAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _tails.Values];
        }

        return Task.WhenAll(pending.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)));
    }

    private static async Task<T> AfterAsync<T>(Task previous, Func<Task<T>> work)
    {
        // Always yield: the caller is the receive loop, which must not run the coach itself. The previous item's
        // failure is its own (it logged it) and does not stop this one.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        return await work();
    }

    private void Forget(string channelId, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(channelId, out var tail) && tail == finished)
            {
                _tails.Remove(channelId);
            }
        }
    }
}
