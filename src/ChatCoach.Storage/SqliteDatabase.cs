using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage;

/// <summary>
/// A SQLite file in WAL mode, with foreign keys on, a busy timeout and the configured durability. Sessions borrow open
/// connections from a small pool kept here rather than the provider's: a provider-pooled open hands out a new wrapper
/// each time, and the compiled statements live on commands tied to that wrapper, so they could never be reused.
/// </summary>
internal sealed class SqliteDatabase : CoachDatabase, IDisposable
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly string _path;
    private readonly ConcurrentBag<LentConnection> _idle = [];
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteDatabase(string path, string synchronous, int busyTimeoutMs)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
        }.ToString();

        // Per-connection settings, applied once to each native connection: pooled connections keep them between
        // sessions, and three statements on every session were a tenth of the cost of logging a set.
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
            await using var command = connection.CreateCommand();
            command.CommandText = _connectionPragmas;
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<LentConnection> RentAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var lent))
        {
            Interlocked.Decrement(ref _idleCount);
            return lent;
        }

        return new LentConnection(await OpenAsync(ct), new Dictionary<string, DbCommand>(StringComparer.Ordinal));
    }

    public override ValueTask ReturnAsync(LentConnection lent, bool reusable)
    {
        if (reusable && !_disposed && lent.Connection.State == ConnectionState.Open)
        {
            if (Interlocked.Increment(ref _idleCount) <= _maxIdle)
            {
                _idle.Add(lent);

                // Dispose may have emptied the pool between the check and the add.
                if (_disposed)
                {
                    Drain();
                }

                return ValueTask.CompletedTask;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        Close(lent);
        return ValueTask.CompletedTask;
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

    /// <summary>Closes the idle connections; connections still lent out close when they come back.</summary>
    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var lent))
        {
            Interlocked.Decrement(ref _idleCount);
            Close(lent);
        }
    }

    private static void Close(LentConnection lent)
    {
        foreach (var command in lent.Commands?.Values ?? Enumerable.Empty<DbCommand>())
        {
            command.Dispose();
        }

        lent.Connection.Dispose();
    }
}
