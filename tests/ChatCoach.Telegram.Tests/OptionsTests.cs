using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatCoach.Telegram.Tests;

public sealed class OptionsTests
{
    private static string Failure(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddChatCoachTelegram();
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);
        return string.Join("; ", e.Failures);
    }

    [Theory]
    [InlineData("", null, null, null, "Telegram:BotToken")]
    [InlineData("not-a-token", null, null, null, "Telegram:BotToken")]
    [InlineData("123456:TEST", "ftp://example.test", null, null, "Telegram:ApiBaseUrl")]
    [InlineData("123456:TEST", null, "http://coach.example.test/hook", "secret", "Telegram:WebhookUrl")]
    [InlineData("123456:TEST", null, "https://coach.example.test/hook", null, "Telegram:WebhookSecret")]
    [InlineData("123456:TEST", null, "https://coach.example.test/hook", "has spaces", "Telegram:WebhookSecret")]
    public void Bad_settings_fail_with_a_message_naming_the_key(string token, string? apiBase, string? webhookUrl, string? secret, string key)
    {
        var message = Failure(new()
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = apiBase,
            ["Telegram:WebhookUrl"] = webhookUrl,
            ["Telegram:WebhookSecret"] = secret,
        });

        Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456:TEST", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_secret_is_refused_and_a_bad_path_named()
    {
        Assert.Contains("Telegram:WebhookSecret", Failure(new()
        {
            ["Telegram:BotToken"] = "123456:TEST",
            ["Telegram:WebhookUrl"] = "https://coach.example.test/hook",
            ["Telegram:WebhookSecret"] = new string('a', 257),
        }), StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookPath", Failure(new()
        {
            ["Telegram:BotToken"] = "123456:TEST",
            ["Telegram:WebhookPath"] = "telegram",
        }), StringComparison.Ordinal);
    }
}
