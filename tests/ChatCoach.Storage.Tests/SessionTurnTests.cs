using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatCoach.Storage.Tests;

/// <summary>Sessions take turns on the kept connection, in order, and a turn waits no longer than the busy timeout.</summary>
public sealed class SessionTurnTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatcoach-turns-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_second_session_starts_when_the_first_ends()
    {
        using var database = await CreateAsync(busyTimeoutMs: 5_000);
        var store = new SqlCoachStore(database);
        var first = await store.BeginAsync(CancellationToken.None);
        var second = store.BeginAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var started = await second.WaitAsync(TimeSpan.FromSeconds(5));
        await started.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_session_that_cannot_get_a_turn_within_the_busy_timeout_fails_with_a_message_naming_the_setting()
    {
        using var database = await CreateAsync(busyTimeoutMs: 100);
        var store = new SqlCoachStore(database);
        await using var first = await store.BeginAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => store.BeginAsync(CancellationToken.None));
        Assert.Contains("Storage:BusyTimeoutMs", error.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteDatabase> CreateAsync(int busyTimeoutMs)
    {
        Directory.CreateDirectory(_folder);
        var database = new SqliteDatabase(Path.Combine(_folder, "coach.db"), "NORMAL", busyTimeoutMs);
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }
}
