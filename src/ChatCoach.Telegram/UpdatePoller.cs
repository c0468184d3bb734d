using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram;

/// <summary>
/// Long polling with at-least-once delivery. getUpdates confirms every update below the offset it is sent with, so
/// the offset moves past a batch only after each of its updates was handled: a crash or a stop in the middle leaves
/// them unconfirmed and Telegram hands them out again at the next start, where the core's record of handled events
/// (keyed by chat and delivery key) turns the repeat into a no-op. Updates of one chat are handled in order; chats
/// run side by side, so a slow group does not hold up private chats.
/// </summary>
internal sealed class UpdatePoller(ITelegramBotClient bot, UpdateHandler handler, TelegramTuning tuning, TimeProvider clock, ILogger<UpdatePoller> logger)
{
    /// <summary>The updates the coach reads; everything else Telegram keeps to itself.</summary>
    public static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private const int BatchSize = 100;

    /// <summary>
    /// Polls until <paramref name="stopping"/> fires. Never throws: network errors, 5xx, 401 and 409 all back off and
    /// retry, so the host keeps running. Updates already started finish on <paramref name="handling"/>, which only
    /// fires when the host's shutdown time runs out.
    /// </summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken handling)
    {
        var offset = 0;
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, BatchSize, tuning.PollTimeoutSeconds, AllowedUpdates, stopping);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var delay = TelegramErrors.RetryAfter(e) ?? Backoff.Delay(failures, tuning.BackoffBase, tuning.MaxBackoff);
                Log.PollingFailed(logger, failures, (long)delay.TotalMilliseconds, TelegramErrors.Describe(e));
                try
                {
                    await Task.Delay(delay, clock, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            if (updates.Length == 0)
            {
                continue;
            }

            if (!await HandleBatchAsync(updates, stopping, handling))
            {
                break;
            }

            offset = updates.Max(u => u.Id) + 1;
        }

        Log.PollingStopped(logger);
    }

    /// <summary>True when every update was handled; false when a stop left some of them for the next start.</summary>
    private async Task<bool> HandleBatchAsync(Update[] updates, CancellationToken stopping, CancellationToken handling)
    {
        var lanes = updates.GroupBy(UpdateHandler.ChatOf).Select(chat => HandleInOrderAsync(chat, stopping, handling));
        var done = await Task.WhenAll(lanes);
        return done.All(d => d);
    }

    private async Task<bool> HandleInOrderAsync(IEnumerable<Update> updates, CancellationToken stopping, CancellationToken handling)
    {
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            if (stopping.IsCancellationRequested)
            {
                return false;
            }

            try
            {
                await handler.HandleAsync(update, handling);
            }
            catch (OperationCanceledException) when (handling.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                // A bug must not wedge the chat behind an update that fails every time: report it and move on.
                Log.UpdateFailed(logger, update.Id, TelegramErrors.Describe(e));
            }
        }

        return true;
    }
}
