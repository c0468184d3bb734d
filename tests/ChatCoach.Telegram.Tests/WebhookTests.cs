using System.Net;
using System.Text;
using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace ChatCoach.Telegram.Tests;

/// <summary>Webhook mode: Telegram posts updates to the adapter's own small server.</summary>
public sealed class WebhookTests
{
    private const string Secret = "s3cret-Token_1";

    private static readonly Dictionary<string, string?> Webhook = new()
    {
        ["Telegram:WebhookUrl"] = "https://coach.example.test/telegram/webhook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
    };

    [Fact]
    public async Task Updates_without_the_right_secret_are_rejected_and_the_right_one_is_handled_before_200()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        var core = new ScriptedHandler(_ => [new ReplyBuilder(ReplyKind.Help).Line("Hello from the webhook.").Build()]);
        await using var bot = await TestBot.StartAsync(api, db, core, Webhook);
        var address = new Uri(bot.Host.Services.GetRequiredService<WebhookServer>().ListeningOn!, "/telegram/webhook");
        using var http = new HttpClient();
        var body = JsonSerializer.Serialize(Updates.Private(Updates.Person(3001), 10, "/help"), JsonBotAPI.Options);

        async Task<HttpStatusCode> PostAsync(string? secret, string content)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(content, Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(null, body));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync("s3cret-Token_2", body));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(string.Empty, body));
        Assert.Empty(core.Received);

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(Secret, "{not json"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Secret, body));

        // 200 came only after the reply was out.
        Assert.Equal("/help", Assert.Single(core.Received).Text);
        Assert.Equal("Hello from the webhook.", Assert.Single(api.Sent()).Text);
    }

    [Fact]
    public async Task Start_up_registers_the_webhook_with_its_secret_and_does_not_poll()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var db = new TempDatabase();
        await using var bot = await TestBot.StartAsync(api, db, new ScriptedHandler(), Webhook);

        var set = Assert.Single(api.Calls("setWebhook"));
        Assert.Equal("https://coach.example.test/telegram/webhook", set["url"]);
        Assert.Equal(Secret, set["secret_token"]);
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member"], set.Json("allowed_updates")!.Value.EnumerateArray().Select(e => e.GetString()));
        await Task.Delay(200);
        Assert.Empty(api.Calls("getUpdates"));
        Assert.Empty(api.Calls("deleteWebhook"));
    }
}
