namespace ChatCoach.Telegram;

/// <summary>The Telegram adapter (section <c>Telegram</c>). It runs when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token BotFather gives, <c>123456789:AA…</c>. Secret: it is never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// The Bot API server, such as <c>http://127.0.0.1:8081</c> for a self-hosted server. Null means Telegram's own
    /// (https://api.telegram.org).
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The public HTTPS address Telegram posts updates to. When set, the adapter runs in webhook mode.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> with every webhook request: 1–256 characters
    /// of A-Z, a-z, 0-9, _ and -. Required in webhook mode, so nobody else can post fake updates.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The local address the webhook server listens on; a TLS-terminating proxy forwards <see cref="WebhookUrl"/> to it.</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8443";

    /// <summary>The path the webhook server accepts updates on.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}
