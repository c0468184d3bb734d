using ChatCoach.Charts;
using ChatCoach.Core;
using ChatCoach.Core.Chat;
using ChatCoach.Storage;
using ChatCoach.Telegram.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Telegram.Tests;

/// <summary>
/// The adapter on the real core and SQLite store (or on a <see cref="ScriptedHandler"/>), talking to a
/// <see cref="FakeBotApi"/>, on a <see cref="FastClock"/>. Dispose stops the host; the database file outlives it so a
/// second bot can start on it (a restart), and <see cref="TempDatabase"/> removes it.
/// </summary>
internal sealed class TestBot : IAsyncDisposable
{
    private TestBot(IHost host, CapturingLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    private bool _disposed;

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<TestBot> StartAsync(
        FakeBotApi api,
        TempDatabase db,
        IChatHandler? handler = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? services = null)
    {
        var host = Build(api, db, handler, settings, clock, out var logs, services);
        await host.StartAsync();
        return new TestBot(host, logs);
    }

    public static IHost Build(
        FakeBotApi api,
        TempDatabase db,
        IChatHandler? handler,
        IDictionary<string, string?>? settings,
        TimeProvider? clock,
        out CapturingLoggerProvider logs,
        Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = db.Path,
            ["Storage:Synchronous"] = "NORMAL",
            ["Coach:SeedsPath"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);

        builder.Services.AddChatCoachCore();
        builder.Services.AddChatCoachStorage();
        builder.Services.AddChatCoachCharts();
        builder.Services.AddChatCoachTelegram();
        builder.Services.AddSingleton(clock ?? new FastClock());
        builder.Services.AddSingleton(new TelegramTuning { PollTimeoutSeconds = 1 });
        if (handler is not null)
        {
            builder.Services.AddSingleton(handler);
        }

        services?.Invoke(builder.Services);

        return builder.Build();
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Host.StopAsync();
        Host.Dispose();
    }
}

/// <summary>An SQLite file in the temp folder, removed with its WAL files on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"chatcoach-telegram-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
