using System.Globalization;
using ChatCoach.Core.Chat;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The real core on a real SQLite file, driven like a chat: <c>await chat.Send("ana", "deadlift 3x5 100kg")</c>.
/// </summary>
internal sealed class TestChat : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;
    private int _messageId;

    private TestChat(IHost host, string folder, FakeTimeProvider clock)
    {
        _host = host;
        _folder = folder;
        Clock = clock;
        Core = host.Services.GetRequiredService<IChatHandler>();
    }

    public FakeTimeProvider Clock { get; }

    public IChatHandler Core { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TestChat> StartAsync(string at = "2026-11-23T18:00", IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatcoach-chat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(at + "Z", CultureInfo.InvariantCulture));
        var config = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(folder, "coach.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var builder = CoachHost.CreateBuilder([], config);
        builder.Services.AddSingleton<TimeProvider>(clock);
        var host = builder.Build();
        await host.StartAsync();
        return new TestChat(host, folder, clock);
    }

    /// <summary>A private message from <paramref name="user"/>.</summary>
    public Task<IReadOnlyList<Reply>> Send(string user, string text) => Send(Message(user, text));

    /// <summary>A message from <paramref name="user"/> in the group chat <paramref name="group"/>.</summary>
    public Task<IReadOnlyList<Reply>> SendInGroup(string group, string user, string text, bool addressed = false) =>
        Send(Message(user, text) with { Chat = new ChatAddress(ChatPlatform.Terminal, group, IsGroup: true), AddressesCoach = addressed });

    public Task<IReadOnlyList<Reply>> Send(InboundMessage message) => Core.HandleAsync(message, CancellationToken.None);

    public InboundMessage Message(string user, string text) =>
        new(new ChatAddress(ChatPlatform.Terminal, user, IsGroup: false), user, user, (++_messageId).ToString(CultureInfo.InvariantCulture), text, Clock.GetUtcNow());

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
