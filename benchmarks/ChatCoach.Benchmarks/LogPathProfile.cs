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
        using var allocations = new AllocationSampler();
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
        allocations.Start();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            await bench.LogPath();
        }

        wall.Stop();
        allocations.Stop();
        var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / messages;
        var perMessageUs = wall.Elapsed.TotalMicroseconds / messages;
        var sqliteUs = statements.Sum(s => s.Ns) / 1000.0 / messages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synchronous={synchronous} stored sets={storedSets:N0} messages={messages}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall per message: {perMessageUs:F1} us; CPU per message (user+system, less sensitive to other load): {cpuUs:F1} us; statements per message: {(double)statements.Count / messages:F1}; inside SQLite (profile hook, includes COMMIT): {sqliteUs:F1} us"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite page cache per message: {(double)pages.Hits / messages:F1} hits, {(double)pages.Misses / messages:F1} misses (read from the file), {(double)pages.Writes / messages:F1} pages written"));
        Console.WriteLine();
        Console.WriteLine("Allocated, by type (the runtime's sample of about one allocation per 100 KB; KB per message):");
        foreach (var (type, bytes) in allocations.ByType().Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / messages,8:F2}  {type}"));
        }

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

    /// <summary>
    /// <c>--compare</c>: the three benchmarks of one case in interleaved rounds of <see cref="LogPathBenchmarks.MessagesPerIteration"/>
    /// messages (bare insert, store only, log path, then again), after as many warm-up rounds. Interleaving puts the
    /// machine's drift on all three alike, so a change to the log path can be judged in a minute rather than a full run;
    /// the figures that count are still BenchmarkDotNet's.
    /// </summary>
    public static async Task CompareAsync(string synchronous, int storedSets, int rounds)
    {
        var bench = new LogPathBenchmarks { Synchronous = synchronous, StoredSets = storedSets };
        bench.Setup();
        var kinds = new (string Name, Func<Task> Run)[]
        {
            ("BareInsert", () => { bench.BareInsert(); return Task.CompletedTask; }),
            ("StoreOnly", () => bench.StoreOnly()),
            ("LogPath", () => bench.LogPath()),
        };
        var wall = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        var cpu = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        var allocated = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var round = -rounds; round < rounds; round++)
        {
            foreach (var (name, run) in kinds)
            {
                bench.StartIteration();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < LogPathBenchmarks.MessagesPerIteration; i++)
                {
                    await run();
                }

                clock.Stop();
                if (round >= 0)
                {
                    wall[name].Add(clock.Elapsed.TotalMicroseconds / LogPathBenchmarks.MessagesPerIteration);
                    cpu[name].Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / LogPathBenchmarks.MessagesPerIteration);
                    allocated[name].Add((GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / 1024.0 / LogPathBenchmarks.MessagesPerIteration);
                }
            }
        }

        bench.Cleanup();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synchronous={synchronous} stored sets={storedSets:N0} rounds={rounds} (medians per message)"));
        Console.WriteLine("benchmark     wall us   cpu us   KB alloc");
        foreach (var (name, _) in kinds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {Median(wall[name]),8:F1} {Median(cpu[name]),8:F1} {Median(allocated[name]),10:F1}"));
        }

        var shares = wall["BareInsert"].Zip(wall["LogPath"], (bare, log) => bare / log).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"log path share of the bare insert's throughput, per round: median {Median(shares):P0}, lowest {shares.Min():P0}, highest {shares.Max():P0}"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The statement with its literals blanked, so the same statement with other values groups together.</summary>
    private static string Shape(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return System.Text.RegularExpressions.Regex.Replace(oneLine, @"'[^']*'|\b\d+(\.\d+)?\b", "?");
    }

    /// <summary>
    /// The runtime's allocation sampling (the GC's AllocationTick event, one per ~100 KB allocated), summed by type:
    /// which objects the log path allocates, without an external profiler.
    /// </summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
        private volatile bool _on;

        public void Start() => _on = true;

        public void Stop() => _on = false;

        public IEnumerable<(string Type, long Bytes)> ByType()
        {
            lock (_bytes)
            {
                return [.. _bytes.OrderByDescending(b => b.Value).Select(b => (b.Key, b.Value))];
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC keyword (0x1) at verbose level carries AllocationTick.
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (!_on || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
            {
                return;
            }

            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
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
