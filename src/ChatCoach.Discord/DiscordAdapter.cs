using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Gateway;
using ChatCoach.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Discord;

/// <summary>
/// The Discord adapter: runs the gateway, routes each dispatch with one switch, and hands messages to the core in
/// per-channel order. When Discord refuses the configuration (bad token, intents not enabled) it logs what to fix
/// and stops itself; the rest of the host keeps running.
/// </summary>
internal sealed class DiscordAdapter(
    GatewayClient gateway,
    DiscordApi api,
    IChatHandler handler,
    MessageTranslator translator,
    GuildCache guilds,
    ChannelQueue queue,
    ReplySender sender,
    InteractionResponder interactions,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<DiscordAdapter> logger) : BackgroundService
{
    private int _commandsRegistered;
    private CancellationToken _stopping;

    /// <summary>Completes when the adapter has stopped (cancelled, or refused by Discord).</summary>
    public Task Stopped => ExecuteTask ?? Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await gateway.RunAsync(OnDispatch, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ChatAdapterException e)
        {
            Log.AdapterStopped(logger, e.Message);
        }
        catch (Exception e)
        {
            // An exception escaping a BackgroundService would stop the whole host: contain it to this adapter.
            Log.AdapterFailed(logger, e);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await queue.WhenIdleAsync().WaitAsync(cancellationToken);
    }

    /// <summary>Called on the receive loop: everything slow is queued, nothing is awaited here.</summary>
    private void OnDispatch(GatewayDispatch dispatch)
    {
        var d = dispatch.Data;
        switch (dispatch.EventName)
        {
            case "READY":
                if (Interlocked.CompareExchange(ref _commandsRegistered, 1, 0) == 0)
                {
                    _ = Task.Run(() => RegisterCommandsAsync(_stopping), CancellationToken.None);
                }

                break;
            case "GUILD_CREATE" or "GUILD_UPDATE":
                guilds.OnGuild(d);
                break;
            case "GUILD_DELETE":
                guilds.OnGuildDelete(d);
                break;
            case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE":
                guilds.OnRole(d, deleted: false);
                break;
            case "GUILD_ROLE_DELETE":
                guilds.OnRole(d, deleted: true);
                break;
            case "MESSAGE_CREATE" or "MESSAGE_UPDATE":
                if (translator.FromMessage(d, gateway.BotUserId, edit: dispatch.EventName == "MESSAGE_UPDATE") is { } message)
                {
                    _ = queue.Run(message.Chat.ChatId, () => AnswerAsync(message));
                }

                break;
            case "INTERACTION_CREATE":
                var receivedAt = clock.GetTimestamp();
                _ = Task.Run(() => RespondAsync(d, receivedAt), CancellationToken.None);
                break;
        }
    }

    private async Task AnswerAsync(InboundMessage message)
    {
        try
        {
            // The core stores what a message changes in one transaction: let it finish even while shutting down.
            var replies = await handler.HandleAsync(message, CancellationToken.None);
            foreach (var reply in replies)
            {
                await sender.SendAsync(message.Chat, reply, message.MessageId, _stopping);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            Log.HandlingFailed(logger, e, "message");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RespondAsync(JsonElement d, long receivedAt)
    {
        try
        {
            await interactions.RespondAsync(d, receivedAt, _stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            Log.HandlingFailed(logger, e, "interaction");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken ct)
    {
        var guildId = string.IsNullOrWhiteSpace(options.Value.DevGuildId) ? null : options.Value.DevGuildId;
        var definitions = SlashCommands.Definitions(global: guildId is null);
        try
        {
            var response = await api.OverwriteCommandsAsync(gateway.ApplicationId!, guildId, definitions, ct);
            if (response.IsSuccess)
            {
                Log.CommandsRegistered(logger, definitions.Count, guildId is null ? "global" : "guild " + guildId);
                return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.HandlingFailed(logger, e, "command registration");
        }

        // Try again after the next READY.
        Interlocked.Exchange(ref _commandsRegistered, 0);
    }
}
