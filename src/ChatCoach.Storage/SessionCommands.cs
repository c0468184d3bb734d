using System.Data.Common;
using System.Globalization;

namespace ChatCoach.Storage;

/// <summary>
/// Runs a session's hot statements on its connection and transaction. With a command cache (SQLite's own pool of open
/// connections) each statement is compiled once per connection and afterwards only re-bound: compiling was most of
/// SQLite's time on the log path, because Dapper makes a new command per call and the provider compiles per command.
/// Without a cache each call makes, binds and disposes its own command.
/// </summary>
internal sealed class SessionCommands(DbConnection connection, DbTransaction? transaction, Dictionary<string, DbCommand>? cache, KnownData? known = null)
{
    // A log with an unusual number of sets makes a new text for its multi-row insert; past this many distinct texts a
    // connection stops keeping them, so a long-lived connection cannot grow without bound.
    private const int MaxCachedCommands = 64;

    public DbConnection Connection => connection;

    public DbTransaction? Transaction => transaction;

    /// <summary>What the connection knows of the data from earlier sessions, or null where nothing is kept.</summary>
    public KnownData? Known => known;

    public async Task<int> ExecuteAsync(string sql, (string Name, object? Value)[] args, CancellationToken ct)
    {
        var (command, owned) = Bind(sql, args);
        try
        {
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await Release(command, owned);
        }
    }

    public async Task<long> ScalarInt64Async(string sql, (string Name, object? Value)[] args, CancellationToken ct)
    {
        var (command, owned) = Bind(sql, args);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            await Release(command, owned);
        }
    }

    /// <summary>The rows, each read by <paramref name="read"/> (see <see cref="Rows"/>).</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, (string Name, object? Value)[] args, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var (command, owned) = Bind(sql, args);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await Release(command, owned);
        }
    }

    /// <summary>The rowid of the last row inserted on this SQLite connection (a direct call, no statement).</summary>
    public long LastInsertRowId() => SQLitePCL.raw.sqlite3_last_insert_rowid(((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle);

    private static ValueTask Release(DbCommand command, bool owned) => owned ? command.DisposeAsync() : ValueTask.CompletedTask;

    private (DbCommand Command, bool Owned) Bind(string sql, (string Name, object? Value)[] args)
    {
        var owned = false;
        if (cache is null || !cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in args)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }

            if (cache is not null && cache.Count < MaxCachedCommands)
            {
                cache.Add(sql, command);
            }
            else
            {
                owned = true;
            }
        }

        command.Transaction = transaction;
        for (var i = 0; i < args.Length; i++)
        {
            // Instants in UTC, so SQLite's text sorts in time order (Dapper's own DateTimeOffset mapping bypasses the
            // type handler and would keep the offset); dates as the provider writes a DateOnly; NULL as DBNull.
            command.Parameters[i].Value = args[i].Value switch
            {
                null => DBNull.Value,
                DateTimeOffset instant => instant.ToUniversalTime(),
                var value => value,
            };
        }

        return (command, owned);
    }
}
