using System.Text.RegularExpressions;
using ChatCoach.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ChatCoach.Telegram;

public static partial class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Telegram adapter (section <c>Telegram</c>, validated at start-up): long polling by default, a
    /// webhook when <see cref="TelegramOptions.WebhookUrl"/> is set, and the platform's <see cref="IChatSender"/>.
    /// </summary>
    public static IServiceCollection AddChatCoachTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken), "Telegram:BotToken is required: the token BotFather gave (set CHATCOACH_Telegram__BotToken)")
            .Validate(o => o.BotToken is null || TokenShape().IsMatch(o.BotToken), "Telegram:BotToken must look like 123456789:AAE… (digits, a colon, then letters, digits, _ and -)")
            .Validate(o => string.IsNullOrWhiteSpace(o.ApiBaseUrl) || IsHttpAddress(o.ApiBaseUrl, httpsOnly: false), "Telegram:ApiBaseUrl must be an absolute http(s) address such as http://127.0.0.1:8081, or unset for Telegram's own server")
            .Validate(o => !o.UsesWebhook || IsHttpAddress(o.WebhookUrl, httpsOnly: string.IsNullOrWhiteSpace(o.ApiBaseUrl)), "Telegram:WebhookUrl must be the public https address Telegram posts to, such as https://coach.example.com/telegram/webhook")
            .Validate(o => !o.UsesWebhook || (o.WebhookSecret is not null && SecretShape().IsMatch(o.WebhookSecret)), "Telegram:WebhookSecret is required in webhook mode: 1 to 256 characters of A-Z, a-z, 0-9, _ and -")
            .Validate(o => !o.UsesWebhook || IsHttpAddress(o.WebhookListenUrl, httpsOnly: false), "Telegram:WebhookListenUrl must be the local http address to listen on, such as http://127.0.0.1:8443")
            .Validate(o => o.WebhookPath.StartsWith('/') && !o.WebhookPath.Any(char.IsWhiteSpace), "Telegram:WebhookPath must be a path starting with /, such as /telegram/webhook")
            .ValidateOnStart();

        // Request URLs carry the token: nothing may log them. The client below does not go through IHttpClientFactory
        // (whose handlers log URLs at Information), and System.Net.Http stays at Warning in case anything else does.
        services.AddLogging(b => b.AddFilter("System.Net.Http", LogLevel.Warning));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new TelegramTuning());
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(o.BotToken!, string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl)
            {
                // Telegram.Bot would sleep through short 429s itself; the outbox does it instead, on the injected clock,
                // and paces the rest of the chat while it waits.
                RetryThreshold = 0,
            };
            return new TelegramBotClient(clientOptions);
        });
        services.AddSingleton<BotProfile>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<AdminCache>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<TelegramSender>());
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdatePoller>();
        services.AddSingleton<WebhookServer>();
        services.AddSingleton<TelegramAdapter>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramAdapter>());
        return services;
    }

    private static bool IsHttpAddress(string? value, bool httpsOnly) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp));

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
