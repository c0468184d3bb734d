using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage;

/// <summary>A SQLite file in WAL mode, with foreign keys on, a busy timeout and the configured durability.</summary>
internal sealed class SqliteDatabase : CoachDatabase
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    /// <summary>The native connections already set up: a pooled connection keeps its settings between opens.</summary>
    private readonly ConditionalWeakTable<object, object> _configured = [];
    private readonly string _path;

    public SqliteDatabase(string path, string synchronous, int busyTimeoutMs)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
        }.ToString();

        // Per-connection settings, applied once to each native connection: the pool hands the same one out again with
        // its settings intact, and three statements on every open were a tenth of the cost of logging a set.
        _connectionPragmas = $"PRAGMA foreign_keys=ON; PRAGMA synchronous={synchronous.ToUpperInvariant()}; PRAGMA busy_timeout={busyTimeoutMs};";
    }

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public override string Describe() => _path;

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            var native = connection.Handle!;
            if (!_configured.TryGetValue(native, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(ct);
                _configured.AddOrUpdate(native, native);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task PrepareAsync(CancellationToken ct)
    {
        var folder = System.IO.Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();

        // WAL is a property of the file, set once: readers never block the writer and a commit is one append.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
