using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using ChatCoach.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Benchmarks;

/// <summary>
/// <c>--profile</c>: not a benchmark but the tool behind one. Sends log messages through the same set-up as
/// <see cref="LogPathBenchmarks"/> and reports the statements each message runs (count, time inside SQLite, the share
/// of the wall time) and the query plan of each distinct statement, so a slow log path can be explained.
/// </summary>
internal static class LogPathProfile
{
    /// <summary>Sends <paramref name="messages"/> logs to warm up, then as many measured; <paramref name="plain"/> leaves out SQLite's profile hook (its callback costs time on every statement), for a CPU profile of the log path itself.</summary>
    public static async Task RunAsync(string synchronous, int storedSets, int messages, bool plain)
    {
        var bench = new LogPathBenchmarks { Synchronous = synchronous, StoredSets = storedSets };
        var statements = new List<(string Sql, long Ns)>();
        var pages = new PageCounts();
        if (!plain)
        {
            bench.Configure = services =>
                services.AddSingleton<CoachDatabase>(sp => new ProfiledDatabase(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value, statements, pages));
        }

        bench.Setup();
        bench.StartIteration();

        // Warm up (JIT, page cache), then measure.
        for (var i = 0; i < messages; i++)
        {
            await bench.LogPath();
        }

        bench.StartIteration();
        statements.Clear();
        pages.Clear();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            await bench.LogPath();
        }

        wall.Stop();
        var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / messages;
        var perMessageUs = wall.Elapsed.TotalMicroseconds / messages;
        var sqliteUs = statements.Sum(s => s.Ns) / 1000.0 / messages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synchronous={synchronous} stored sets={storedSets:N0} messages={messages}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall per message: {perMessageUs:F1} us; CPU per message (user+system, less sensitive to other load): {cpuUs:F1} us; statements per message: {(double)statements.Count / messages:F1}; inside SQLite (profile hook, includes COMMIT): {sqliteUs:F1} us"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite page cache per message: {(double)pages.Hits / messages:F1} hits, {(double)pages.Misses / messages:F1} misses (read from the file), {(double)pages.Writes / messages:F1} pages written"));
        Console.WriteLine();
        Console.WriteLine("count/msg  us/msg  statement");
        foreach (var g in statements.GroupBy(s => Shape(s.Sql), StringComparer.Ordinal).OrderByDescending(g => g.Sum(s => s.Ns)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(double)g.Count() / messages,9:F2} {g.Sum(s => s.Ns) / 1000.0 / messages,7:F1}  {g.Key}"));
        }

        Console.WriteLine();
        Console.WriteLine("Query plans:");
        await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(bench.DatabasePath));
        await connection.OpenAsync();
        foreach (var sql in statements.ToList().Select(s => s.Sql).Where(s => s.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || s.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
                     .DistinctBy(Shape, StringComparer.Ordinal))
        {
            Console.WriteLine("-- " + Shape(sql));
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine("   " + reader.GetString(3));
            }
        }

        bench.Cleanup();
    }

    /// <summary>The statement with its literals blanked, so the same statement with other values groups together.</summary>
    private static string Shape(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return System.Text.RegularExpressions.Regex.Replace(oneLine, @"'[^']*'|\b\d+(\.\d+)?\b", "?");
    }

    /// <summary>SQLite's page-cache counters, summed over sessions.</summary>
    private sealed class PageCounts
    {
        public long Hits { get; set; }

        public long Misses { get; set; }

        public long Writes { get; set; }

        public void Clear() => (Hits, Misses, Writes) = (0, 0, 0);
    }

    /// <summary>
    /// The product's database, with SQLite's profile hook on every connection it opens. The page-cache counters are read
    /// and reset at each rent: a pooled connection then reports what the previous session on it did.
    /// </summary>
    private sealed class ProfiledDatabase(StorageOptions options, List<(string Sql, long Ns)> statements, PageCounts pages) : CoachDatabase
    {
        private readonly SqliteDatabase _inner = new(options.SqlitePath, options.Synchronous, options.BusyTimeoutMs);

        public override SqlDialect Dialect => _inner.Dialect;

        public override string Describe() => _inner.Describe();

        public override Task PrepareAsync(CancellationToken ct) => _inner.PrepareAsync(ct);

        public override Task<DbConnection> OpenAsync(CancellationToken ct) => _inner.OpenAsync(ct);

        public override async Task<LentConnection> RentAsync(CancellationToken ct)
        {
            var lent = await _inner.RentAsync(ct);
            var connection = (SqliteConnection)lent.Connection;
            pages.Hits += Status(connection, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_HIT);
            pages.Misses += Status(connection, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_MISS);
            pages.Writes += Status(connection, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_WRITE);
            SQLitePCL.raw.sqlite3_profile(connection.Handle, (_, sql, ns) => statements.Add((sql.utf8_to_string(), ns)), null);
            return lent;
        }

        public override ValueTask ReturnAsync(LentConnection lent, bool reusable) => _inner.ReturnAsync(lent, reusable);

        private static int Status(SqliteConnection connection, int op)
        {
            SQLitePCL.raw.sqlite3_db_status(connection.Handle, op, out var current, out _, 1);
            return current;
        }
    }
}
