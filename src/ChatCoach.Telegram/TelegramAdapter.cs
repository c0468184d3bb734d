using ChatCoach.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram;

/// <summary>
/// The adapter's life: at start, getMe (a rejected token stops the host with <see cref="ChatAdapterException"/>),
/// the command menus, then long polling or the webhook; at stop, no new updates, and the ones under way finish.
/// </summary>
internal sealed class TelegramAdapter(
    IOptions<TelegramOptions> options,
    ITelegramBotClient bot,
    BotProfile profile,
    UpdatePoller poller,
    WebhookServer webhook,
    TelegramTuning tuning,
    TimeProvider clock,
    ILogger<TelegramAdapter> logger) : IHostedService, IDisposable
{
    private const string RejectedToken = "check Telegram:BotToken / CHATCOACH_Telegram__BotToken";

    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _handling = new();
    private Task? _polling;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var me = await ConnectAsync(cancellationToken);
        profile.Connected(new BotIdentity(me.Id, me.Username ?? string.Empty));
        await SetCommandsAsync(cancellationToken);

        if (options.Value.UsesWebhook)
        {
            try
            {
                await webhook.StartAsync(_handling.Token, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ChatAdapterException($"The Telegram webhook could not be set up: {TelegramErrors.Describe(e)}. Check Telegram:WebhookUrl and Telegram:WebhookListenUrl.", e);
            }

            Log.Connected(logger, profile.Me.Username, "webhook");
            return;
        }

        try
        {
            // getUpdates is refused while a webhook is set, for instance by an earlier run in webhook mode.
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.WebhookNotDeleted(logger, TelegramErrors.Describe(e));
        }

        _polling = Task.Run(() => poller.RunAsync(_stopping.Token, _handling.Token), CancellationToken.None);
        Log.Connected(logger, profile.Me.Username, "long polling");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking updates now; let the ones under way finish unless the host's shutdown time runs out.
        await _stopping.CancelAsync();
        using var deadline = cancellationToken.Register(_handling.Cancel);
        if (options.Value.UsesWebhook)
        {
            await webhook.StopAsync(cancellationToken);
        }

        if (_polling is not null)
        {
            try
            {
                await _polling.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task<User> ConnectAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await bot.GetMe(ct);
            }
            catch (Exception e) when (TelegramErrors.Code(e) == 401)
            {
                throw new ChatAdapterException($"Telegram rejected the bot token (401): {RejectedToken}", e);
            }
            catch (Exception e) when (TelegramErrors.Code(e) == 404)
            {
                // Telegram answers 404 to a token that is not shaped like one of its own.
                throw new ChatAdapterException($"Telegram rejected the bot token (404): {RejectedToken}", e);
            }
            catch (Exception e) when (TelegramErrors.IsTransient(e) && !ct.IsCancellationRequested)
            {
                if (attempt >= tuning.StartupAttempts)
                {
                    throw new ChatAdapterException($"Telegram could not be reached at start-up ({TelegramErrors.Describe(e)}): check the network, or Telegram:ApiBaseUrl if you set it.", e);
                }

                var delay = Backoff.Delay(attempt, tuning.BackoffBase, tuning.MaxBackoff);
                Log.StartupRetrying(logger, attempt, tuning.StartupAttempts, (long)delay.TotalMilliseconds, TelegramErrors.Describe(e));
                await Task.Delay(delay, clock, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ChatAdapterException($"Telegram refused getMe ({TelegramErrors.Describe(e)}): {RejectedToken}.", e);
            }
        }
    }

    private async Task SetCommandsAsync(CancellationToken ct)
    {
        try
        {
            await bot.SetMyCommands(BotCommands.Private, BotCommandScope.AllPrivateChats(), cancellationToken: ct);
            await bot.SetMyCommands(BotCommands.Group, BotCommandScope.AllGroupChats(), cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The menu is a convenience: typed commands work without it.
            Log.CommandsNotSet(logger, TelegramErrors.Describe(e));
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _handling.Dispose();
    }
}
