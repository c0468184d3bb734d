using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>
/// Just enough of Telegram's Bot API, on 127.0.0.1 and a random port, for the coach to start and chat over long
/// polling: getMe, deleteWebhook, setMyCommands, getUpdates (the scripted updates, then an empty long poll) and
/// sendMessage, which it records. Anything else is answered 404 and recorded too.
/// </summary>
internal sealed class FakeTelegram : IAsyncDisposable
{
    public const string Token = "123456:FAKE-token";
    public const long BotId = 123456;

    /// <summary>How long an empty getUpdates is held open: short, so a stopping host is not kept waiting.</summary>
    private static readonly TimeSpan LongPoll = TimeSpan.FromMilliseconds(300);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Method, JsonElement Parameters)> _calls = new();
    private readonly Lock _lock = new();
    private readonly List<(long Id, string Json)> _updates = [];
    private long _nextUpdateId = 1;
    private long _nextMessageId = 500;

    private FakeTelegram(WebApplication app) => _app = app;

    /// <summary>What Telegram:ApiBaseUrl points at.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<(string Method, JsonElement Parameters)> Calls => [.. _calls];

    public IReadOnlyList<JsonElement> Sent => [.. _calls.Where(c => c.Method == "sendMessage").Select(c => c.Parameters)];

    public static async Task<FakeTelegram> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTelegram(app);
        app.Run(fake.ServeAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First().TrimEnd('/');
        return fake;
    }

    /// <summary>A private text message from a person, for the next getUpdates.</summary>
    public void EnqueuePrivateMessage(long userId, string firstName, string text, DateTimeOffset at)
    {
        lock (_lock)
        {
            var id = _nextUpdateId++;
            _updates.Add((id, $$"""
                {"update_id":{{id}},"message":{"message_id":{{id + 10}},"date":{{at.ToUnixTimeSeconds()}},
                 "chat":{"id":{{userId}},"type":"private","first_name":{{JsonSerializer.Serialize(firstName)}}},
                 "from":{"id":{{userId}},"is_bot":false,"first_name":{{JsonSerializer.Serialize(firstName)}}},
                 "text":{{JsonSerializer.Serialize(text)}} } }
                """));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext http)
    {
        var segments = (http.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 2 || segments[0] != "bot" + Token)
        {
            await WriteAsync(http, 404, """{"ok":false,"error_code":404,"description":"Not Found"}""");
            return;
        }

        var method = segments[1];
        var parameters = await ReadParametersAsync(http.Request);
        _calls.Enqueue((method, parameters));
        var result = method switch
        {
            "getMe" => $$"""{"id":{{BotId}},"is_bot":true,"first_name":"Coach","username":"FakeCoachBot"}""",
            "deleteWebhook" or "setMyCommands" => "true",
            "getUpdates" => await UpdatesAsync(parameters, http.RequestAborted),
            "sendMessage" => SentMessage(parameters),
            _ => null,
        };

        await WriteAsync(http, result is null ? 404 : 200, result is null
            ? """{"ok":false,"error_code":404,"description":"Not Found: method not found"}"""
            : $$"""{"ok":true,"result":{{result}}}""");
    }

    /// <summary>Updates at or above the offset; when there are none, an empty answer after a short long poll.</summary>
    private async Task<string> UpdatesAsync(JsonElement parameters, CancellationToken aborted)
    {
        var offset = !parameters.TryGetProperty("offset", out var o) ? 0
            : o.ValueKind == JsonValueKind.Number ? o.GetInt64()
            : long.TryParse(o.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        string[] due;
        lock (_lock)
        {
            // Telegram forgets what an offset confirms.
            _updates.RemoveAll(u => u.Id < offset);
            due = [.. _updates.Select(u => u.Json)];
        }

        if (due.Length == 0)
        {
            try
            {
                await Task.Delay(LongPoll, aborted);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return "[" + string.Join(',', due) + "]";
    }

    private string SentMessage(JsonElement parameters)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        var chat = parameters.GetProperty("chat_id");
        var chatId = chat.ValueKind == JsonValueKind.Number ? chat.GetInt64() : long.Parse(chat.GetString()!, CultureInfo.InvariantCulture);
        return $$"""
            {"message_id":{{id}},"date":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"chat":{"id":{{chatId}},"type":"private"},
             "from":{"id":{{BotId}},"is_bot":true,"first_name":"Coach"},"text":{{JsonSerializer.Serialize(parameters.GetProperty("text").GetString())}}}
            """;
    }

    /// <summary>Telegram.Bot posts JSON; a form is read too, so the fake does not depend on that choice.</summary>
    private static async Task<JsonElement> ReadParametersAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return JsonSerializer.SerializeToElement(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(body))
        {
            return JsonSerializer.SerializeToElement(new Dictionary<string, string>());
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static async Task WriteAsync(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body);
    }
}
