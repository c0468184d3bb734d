using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage;

/// <summary>
/// A SQLite file in WAL mode, with foreign keys on, a busy timeout and the configured durability. Sessions take turns
/// on one open connection kept here. Every session begins with BEGIN IMMEDIATE, so SQLite runs them one at a time
/// anyway: a turn at an async gate queues them in order where a pool would have them poll the busy timeout. Keeping the
/// connection keeps its compiled statements (a provider-pooled open hands out a new wrapper, and compiled statements
/// live on commands tied to the wrapper) and what it knows of the data (<see cref="KnownData"/>), which stays true for
/// as long as no other connection writes.
/// </summary>
internal sealed class SqliteDatabase : CoachDatabase, IDisposable
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly string _path;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly TimeSpan _busyTimeout;
    private LentConnection? _kept;
    private volatile bool _disposed;

    public SqliteDatabase(string path, string synchronous, int busyTimeoutMs)
    {
        _path = Path.GetFullPath(path);
        _busyTimeout = TimeSpan.FromMilliseconds(busyTimeoutMs);
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

        // A turn waits as long as SQLite's busy timeout would have let a second writer wait for the lock.
        if (!await _turn.WaitAsync(_busyTimeout, ct))
        {
            throw new TimeoutException($"The database stayed busy for {_busyTimeout.TotalMilliseconds:0} ms (Storage:BusyTimeoutMs): another session held it throughout.");
        }

        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _kept ??= new LentConnection(await OpenAsync(ct), new Dictionary<string, DbCommand>(StringComparer.Ordinal), new KnownData());
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    public override ValueTask ReturnAsync(LentConnection lent, bool reusable)
    {
        // A session that may have left the connection in a bad state closes it (rolling back whatever is left), and
        // what it knew goes with it; the next turn opens a new one.
        if (!reusable || _disposed || lent.Connection.State != ConnectionState.Open)
        {
            if (ReferenceEquals(lent, _kept))
            {
                _kept = null;
            }

            Close(lent);
        }

        _turn.Release();
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

    /// <summary>Closes the kept connection, or marks it to be closed when the session using it ends.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (_turn.Wait(0))
        {
            if (_kept is { } kept)
            {
                _kept = null;
                Close(kept);
            }

            _turn.Release();
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
