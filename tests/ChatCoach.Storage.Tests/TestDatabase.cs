using ChatCoach.Core.Conversations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatCoach.Storage.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated, removed afterwards.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "coach.db");
        Database = new SqliteDatabase(Path, "FULL", 5000);
        Store = new SqlCoachStore(Database);
        Migrator = new Migrator(Database, NullLogger<Migrator>.Instance);
    }

    public string Folder { get; }

    public string Path { get; }

    internal SqliteDatabase Database { get; }

    public ICoachStore Store { get; }

    internal Migrator Migrator { get; }

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatcoach-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = new TestDatabase(folder);
        if (migrate)
        {
            await db.Migrator.MigrateAsync(CancellationToken.None);
        }

        return db;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
