using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>
/// An in-process Bot API on 127.0.0.1 with a random port. It serves <c>/bot{token}/{method}</c> for the methods the
/// adapter uses, records every call, keeps a queue of updates with Telegram's offset semantics (an update is
/// forgotten only when a later getUpdates asks for a higher offset), and can be scripted to fail.
/// </summary>
internal sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST";
    public const long BotId = 123456;
    public const string BotUsername = "TestBot";

    private readonly Lock _lock = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<Update> _pending = [];
    private readonly Dictionary<string, Queue<(int Code, string Description, int? RetryAfter)>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (int Code, string Description)> _refused = [];
    private readonly HashSet<string> _answeredCallbacks = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private WebApplication? _app;
    private TaskCompletionSource _newUpdate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1;
    private int _nextMessageId = 5000;

    private FakeBotApi(TimeProvider clock) => _clock = clock;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Members that getChatMember reports as administrators.</summary>
    public HashSet<long> Admins { get; } = [];

    /// <summary>
    /// While true, getUpdates confirms nothing, as if every call carrying a new offset was lost with a crashed process.
    /// </summary>
    public bool LoseConfirmations { get; set; }

    /// <summary>The lowest update id Telegram would still hand out (everything below was confirmed).</summary>
    public int ConfirmedOffset { get; private set; }

    public static async Task<FakeBotApi> StartAsync(TimeProvider? clock = null)
    {
        var api = new FakeBotApi(clock ?? TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        api._app = builder.Build();
        api._app.Run(api.ServeAsync);
        await api._app.StartAsync();
        api.BaseUrl = new Uri(api._app.Urls.First());
        return api;
    }

    /// <summary>Queues an update for getUpdates and returns the id it was given.</summary>
    public int Enqueue(Update update)
    {
        lock (_lock)
        {
            update.Id = _nextUpdateId++;
            _pending.Add(update);
            _newUpdate.TrySetResult();
            _newUpdate = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return update.Id;
        }
    }

    /// <summary>Makes the next <paramref name="times"/> calls of a method fail with this Bot API error.</summary>
    public void FailNext(string method, int code, string description, int? retryAfter = null, int times = 1)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                _failures[method] = queue = new();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((code, description, retryAfter));
            }
        }
    }

    /// <summary>Every send to this chat fails, as Telegram does for a user who blocked the bot.</summary>
    public void Refuse(long chatId, int code, string description)
    {
        lock (_lock)
        {
            _refused[chatId] = (code, description);
        }
    }

    public IReadOnlyList<RecordedCall> Calls(string? method = null)
    {
        lock (_lock)
        {
            return [.. _calls.Where(c => method is null || c.Method == method)];
        }
    }

    /// <summary>Successful sends (sendMessage, sendPhoto, sendDocument), in order.</summary>
    public IReadOnlyList<RecordedCall> Sent()
    {
        lock (_lock)
        {
            return [.. _calls.Where(c => c.Method is "sendMessage" or "sendPhoto" or "sendDocument" && c.Succeeded)];
        }
    }

    /// <summary>Waits (real time) until the condition on the recorded calls holds.</summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition(this))
        {
            if (Environment.TickCount64 > deadline)
            {
                var seen = string.Join(", ", Calls().Select(c => c.Method));
                throw new TimeoutException($"Timed out waiting for {what}. Calls so far: {seen}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Queues an update, waits until the bot has handled it (a later getUpdates confirmed it) and returns what the bot
    /// sent meanwhile: one step of a conversation. Needs confirmations, so not while <see cref="LoseConfirmations"/>.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> ExchangeAsync(Update update)
    {
        var before = Sent().Count;
        var id = Enqueue(update);
        await WaitUntilAsync(api => api.ConfirmedOffset > id, $"update {id} handled");
        return [.. Sent().Skip(before)];
    }

    public Task WaitForSentAsync(int count, int timeoutMs = 10_000) =>
        WaitUntilAsync(api => api.Sent().Count >= count, $"{count} sent messages", timeoutMs);

    private async Task ServeAsync(HttpContext http)
    {
        var segments = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 2 || segments[0] != "bot" + Token)
        {
            await WriteErrorAsync(http, 404, "Not Found", null);
            return;
        }

        var method = segments[1];
        var (parameters, files) = await ReadParametersAsync(http.Request);
        (int Code, string Description, int? RetryAfter)? failure = null;
        lock (_lock)
        {
            if (_failures.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                failure = queue.Dequeue();
            }
            else if (method == "answerCallbackQuery" && !_answeredCallbacks.Add(parameters.GetValueOrDefault("callback_query_id") ?? string.Empty))
            {
                // Telegram takes one answer per press; a press redelivered after a restart is too old to answer again.
                failure = (400, "Bad Request: query is too old and response timeout expired or query ID is invalid", null);
            }
            else if (method.StartsWith("send", StringComparison.Ordinal)
                && long.TryParse(parameters.GetValueOrDefault("chat_id"), CultureInfo.InvariantCulture, out var chat)
                && _refused.TryGetValue(chat, out var refusal))
            {
                failure = (refusal.Code, refusal.Description, null);
            }
        }

        if (failure is { } f)
        {
            Record(new RecordedCall(method, parameters, files, _clock.GetUtcNow(), Succeeded: false));
            await WriteErrorAsync(http, f.Code, f.Description, f.RetryAfter);
            return;
        }

        // Recorded before answering, so a test that saw the call also sees its message id.
        var sent = method is "sendMessage" or "sendPhoto" or "sendDocument" or "editMessageText" ? SentMessage(parameters) : null;
        Record(new RecordedCall(method, parameters, files, _clock.GetUtcNow(), Succeeded: true));
        object? result = method switch
        {
            "getMe" => new User { Id = BotId, IsBot = true, FirstName = "Test Bot", Username = BotUsername },
            "getUpdates" => await NextUpdatesAsync(parameters, http.RequestAborted),
            "sendMessage" or "sendPhoto" or "sendDocument" or "editMessageText" => sent,
            "getChatMember" => Member(parameters),
            "answerCallbackQuery" or "setMyCommands" or "deleteWebhook" or "setWebhook" => true,
            _ => null,
        };

        if (result is null)
        {
            await WriteErrorAsync(http, 404, "Not Found: method not found", null);
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync($$"""{"ok":true,"result":{{JsonSerializer.Serialize(result, result.GetType(), JsonBotAPI.Options)}}}""");
    }

    private void Record(RecordedCall call)
    {
        lock (_lock)
        {
            _calls.Add(call);
        }
    }

    private async Task<Update[]> NextUpdatesAsync(Dictionary<string, string> parameters, CancellationToken aborted)
    {
        var offset = int.Parse(parameters.GetValueOrDefault("offset") ?? "0", CultureInfo.InvariantCulture);
        var timeout = int.Parse(parameters.GetValueOrDefault("timeout") ?? "0", CultureInfo.InvariantCulture);
        var limit = int.Parse(parameters.GetValueOrDefault("limit") ?? "100", CultureInfo.InvariantCulture);
        var until = Environment.TickCount64 + (Math.Min(timeout, 1) * 1000L);
        lock (_lock)
        {
            // Asking for a higher offset confirms everything below it, once, as the request arrives: Telegram forgets
            // those updates. (Deciding later would let a long poll left over from a stopped bot confirm them.)
            if (offset > 0 && !LoseConfirmations)
            {
                _pending.RemoveAll(u => u.Id < offset);
                ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
            }
        }

        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                var ready = _pending.Where(u => u.Id >= offset).OrderBy(u => u.Id).Take(limit).ToArray();
                if (ready.Length > 0 || Environment.TickCount64 >= until)
                {
                    return ready;
                }

                arrived = _newUpdate.Task;
            }

            try
            {
                await arrived.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(1, until - Environment.TickCount64)), aborted);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private Message SentMessage(Dictionary<string, string> parameters)
    {
        var chatId = long.Parse(parameters["chat_id"], CultureInfo.InvariantCulture);
        int id;
        lock (_lock)
        {
            id = _nextMessageId++;
        }

        parameters["message_id"] = id.ToString(CultureInfo.InvariantCulture);
        return new Message
        {
            Id = id,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = chatId, Type = chatId > 0 ? ChatType.Private : ChatType.Supergroup },
            From = new User { Id = BotId, IsBot = true, FirstName = "Test Bot", Username = BotUsername },
            Text = parameters.GetValueOrDefault("text"),
        };
    }

    private ChatMember Member(Dictionary<string, string> parameters)
    {
        var userId = long.Parse(parameters["user_id"], CultureInfo.InvariantCulture);
        var user = new User { Id = userId, FirstName = "Member" };
        return Admins.Contains(userId) ? new ChatMemberAdministrator { User = user } : new ChatMemberMember { User = user };
    }

    private static async Task<(Dictionary<string, string> Parameters, List<RecordedFile> Files)> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<RecordedFile>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files.Add(new RecordedFile(file.Name, file.FileName, buffer.ToArray()));
            }
        }
        else if (request.ContentLength is > 0 || request.ContentType is not null)
        {
            using var doc = await JsonDocument.ParseAsync(request.Body);
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return (parameters, files);
    }

    private static async Task WriteErrorAsync(HttpContext http, int code, string description, int? retryAfter)
    {
        http.Response.StatusCode = code;
        http.Response.ContentType = "application/json";
        var parameters = retryAfter is { } wait ? $$""","parameters":{"retry_after":{{wait}}}""" : string.Empty;
        await http.Response.WriteAsync($$"""{"ok":false,"error_code":{{code}},"description":{{JsonSerializer.Serialize(description)}}{{parameters}}}""");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
