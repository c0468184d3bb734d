using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram;

/// <summary>
/// Webhook mode: a small Kestrel app on <see cref="TelegramOptions.WebhookListenUrl"/> that takes Telegram's POSTs on
/// <see cref="TelegramOptions.WebhookPath"/>. It answers 200 only after the update was handled; any other answer makes
/// Telegram deliver it again, which the core's idempotency makes harmless.
/// </summary>
internal sealed class WebhookServer(
    IOptions<TelegramOptions> options,
    ITelegramBotClient bot,
    UpdateHandler handler,
    ILoggerFactory loggers,
    ILogger<WebhookServer> logger) : IAsyncDisposable, IDisposable
{
    /// <summary>The header Telegram puts the configured secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private const long MaxUpdateBytes = 1024 * 1024;

    private WebApplication? _app;
    private CancellationToken _handling;

    /// <summary>The address the server listens on once started (the real port when the configured one is 0).</summary>
    public Uri? ListeningOn { get; private set; }

    /// <summary>Starts listening, then tells Telegram where to post: the server is up before the first update comes.</summary>
    public async Task StartAsync(CancellationToken handling, CancellationToken ct)
    {
        var o = options.Value;
        _handling = handling;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(WebhookServer).Assembly.GetName().Name });

        // The inner app logs through the host's loggers; request lines stay out (paths are harmless, but quiet is better).
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(loggers));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseUrls(o.WebhookListenUrl);
        builder.Services.Configure<KestrelServerOptions>(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxUpdateBytes;
        });

        _app = builder.Build();
        _app.MapPost(o.WebhookPath, ReceiveAsync);
        await _app.StartAsync(ct);
        ListeningOn = new Uri(_app.Urls.First());

        await bot.SetWebhook(o.WebhookUrl!, allowedUpdates: UpdatePoller.AllowedUpdates, secretToken: o.WebhookSecret, cancellationToken: ct);
        Log.WebhookListening(logger, ListeningOn.ToString());
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (_app is not null)
        {
            // Kestrel lets requests in flight finish (until ct fires) before it stops.
            await _app.StopAsync(ct);
        }
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        var secret = options.Value.WebhookSecret ?? string.Empty;
        if (!http.Request.Headers.TryGetValue(SecretHeader, out var given) || given.Count != 1)
        {
            Log.WebhookRejected(logger, "no secret header");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.ToString()), Encoding.UTF8.GetBytes(secret)))
        {
            Log.WebhookRejected(logger, "wrong secret");
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            Log.WebhookRejected(logger, "body is not an update");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            // Not RequestAborted: once the core has stored the message, its replies go out even if Telegram hangs up.
            await handler.HandleAsync(update, _handling);
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.UpdateFailed(logger, update.Id, TelegramErrors.Describe(e));
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public void Dispose() => (_app as IDisposable)?.Dispose();

    /// <summary>Hands the inner app's loggers to the host's factory, which it must not dispose.</summary>
    private sealed class ForwardingLoggerProvider(ILoggerFactory host) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => host.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
