using System.Diagnostics;
using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Host.Tests.Durability;
using ChatCoach.Storage;
using ChatCoach.Terminal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ChatCoach.Host.Tests;

/// <summary>
/// Issue 3: one log is one transaction; a log that was acknowledged survives a kill -9 right after the reply; a
/// redelivered message never logs twice.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output)
{
    /// <summary>How many times the coach is killed; a clean restart and shutdown follow the last kill.</summary>
    private const int Kills = 8;

    /// <summary>Set to replay a run's kill plan (the timing of each kill is the machine's, so not the exact interleaving).</summary>
    private const string SeedVariable = "DURABILITY_TEST_SEED";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_acknowledged_log_survives_a_kill_9_and_is_stored_exactly_once()
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var random = new Random(seed);
        var elapsed = Stopwatch.StartNew();
        output.WriteLine($"seed {seed} ({SeedVariable}={seed} replays this run's kill plan)");

        using var folder = TempFolder.Create("chatcoach-durability-");
        var database = folder.File("coach.db");
        var sent = new Dictionary<decimal, SentLog>();
        var acknowledged = new Dictionary<decimal, Acknowledgement>();
        var problems = new List<string>();
        var story = new List<string>();

        SentLog NextLog()
        {
            var log = SentLog.Numbered(sent.Count);
            sent.Add(log.Weight, log);
            return log;
        }

        void Collect(CoachProcess coach, string what)
        {
            foreach (var ack in coach.Acknowledged)
            {
                if (!sent.TryGetValue(ack.Weight, out var log))
                {
                    problems.Add($"a reply echoed {ack.Weight} kg, which was never sent");
                }
                else if (!acknowledged.TryAdd(ack.Weight, ack))
                {
                    problems.Add($"{log} was acknowledged twice");
                }
            }

            var unanswered = sent.Values.Where(l => !acknowledged.ContainsKey(l.Weight)).Select(l => l.Number);
            story.Add($"round {story.Count}: {what}; {coach.Acknowledged.Count} replies; unanswered so far: [{string.Join(", ", unanswered)}]");
            output.WriteLine(story[^1]);
        }

        try
        {
            foreach (var point in KillPlan(random))
            {
                await using var coach = CoachProcess.Start(database, folder.Path);
                var what = await DriveUntilKillPointAsync(coach, point, random, NextLog);
                await coach.KillAsync();
                Collect(coach, $"{what}, SIGKILL");
            }

            await using (var last = CoachProcess.Start(database, folder.Path))
            {
                await last.WaitUntilReadyAsync(StartTimeout);
                var log = NextLog();
                await last.SendAsync(log.Text);
                await ExpectReplyToAsync(last, log);
                var exitCode = await last.CloseInputAsync(StartTimeout);
                Collect(last, $"restarted, logged #{log.Number}, input closed (exit code {exitCode})");
                Assert.True(exitCode == 0, $"seed {seed}: the coach exited with {exitCode} after its input ended.\n{last.Transcript}");
            }
        }
        catch
        {
            output.WriteLine($"seed {seed}: failed in round {story.Count}");
            throw;
        }

        var stored = await StoredWorkouts.ReadAsync(database);
        problems.AddRange(Check(stored, sent, acknowledged));

        var storedUnanswered = sent.Values.Count(l => !acknowledged.ContainsKey(l.Weight) && stored.Sets.Any(s => s.Weight == l.Weight));
        output.WriteLine($"{Kills} kills, {sent.Count} logs sent, {acknowledged.Count} acknowledged, {sent.Count - acknowledged.Count} unanswered "
            + $"of which {storedUnanswered} stored; {stored.Sets.Count} set rows; {elapsed.Elapsed.TotalSeconds:0.0} s");
        Assert.True(
            problems.Count == 0,
            $"seed {seed} ({SeedVariable}={seed} replays the kill plan):\n  {string.Join("\n  ", problems)}\n{string.Join('\n', story)}");
    }

    [Fact]
    public async Task A_redelivered_log_is_stored_once_and_answered_once()
    {
        await using var chat = await TestChat.StartAsync();
        var message = chat.Message("ana", "deadlift 3x5 100kg");

        var first = await chat.Send(message);
        var redelivered = await chat.Send(message);

        Assert.Contains(first, r => r.Kind == ReplyKind.Logged);
        Assert.Empty(redelivered);
        var stored = await StoredWorkouts.ReadAsync(chat.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath);
        Assert.Equal(1, stored.Logs);
        Assert.Equal(3, stored.Sets.Count);
    }

    [Fact]
    public async Task A_log_redelivered_after_a_restart_is_still_stored_once()
    {
        using var folder = TempFolder.Create("chatcoach-redelivery-");
        var database = folder.File("coach.db");
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T18:00Z", CultureInfo.InvariantCulture));
        var message = PrivateMessage("1001", "deadlift 3x5 100kg", clock);

        IReadOnlyList<Reply> first;
        await using (var before = await CoachOnFile.StartAsync(database, clock))
        {
            first = await before.Deliver(message);
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        IReadOnlyList<Reply> redelivered;
        await using (var after = await CoachOnFile.StartAsync(database, clock))
        {
            redelivered = await after.Deliver(message);
        }

        Assert.Contains(first, r => r.Kind == ReplyKind.Logged);
        Assert.Empty(redelivered);
        var stored = await StoredWorkouts.ReadAsync(database);
        Assert.Equal(1, stored.Logs);
        Assert.Equal(3, stored.Sets.Count);
    }

    [Fact]
    public async Task The_same_log_delivered_to_two_coaches_at_once_is_stored_once()
    {
        using var folder = TempFolder.Create("chatcoach-redelivery-");
        var database = folder.File("coach.db");
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T18:00Z", CultureInfo.InvariantCulture));
        var message = PrivateMessage("1001", "deadlift 3x5 100kg", clock);
        await using var one = await CoachOnFile.StartAsync(database, clock);
        await using var other = await CoachOnFile.StartAsync(database, clock);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? one : other).Deliver(message))));

        var answered = Assert.Single(replies, r => r.Count > 0);
        Assert.Contains(answered, r => r.Kind == ReplyKind.Logged);
        var stored = await StoredWorkouts.ReadAsync(database);
        Assert.Equal(1, stored.Logs);
        Assert.Equal(3, stored.Sets.Count);
    }

    [Fact]
    public async Task A_restarted_terminal_chat_never_takes_a_new_message_for_a_redelivery()
    {
        // Both runs start at the same instant, as they seem to when the clock steps back between them or when a piped
        // run handled messages faster than one a millisecond.
        using var folder = TempFolder.Create("chatcoach-terminal-");
        var database = folder.File("coach.db");
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T18:00Z", CultureInfo.InvariantCulture));

        var first = await RunTerminalChatAsync(database, clock, "deadlift 1x5 60kg\n");
        var second = await RunTerminalChatAsync(database, clock, "deadlift 1x5 61kg\n");

        Assert.Contains("Deadlift: 60 kg × 5", first, StringComparison.Ordinal);
        Assert.Contains("Deadlift: 61 kg × 5", second, StringComparison.Ordinal);
        var stored = await StoredWorkouts.ReadAsync(database);
        Assert.Equal(2, stored.Logs);
    }

    /// <summary>
    /// The first kill lands during start-up (on a new file, during migrations), then each other kill point at least
    /// once, then random ones.
    /// </summary>
    private static KillPoint[] KillPlan(Random random)
    {
        KillPoint[] later = [KillPoint.RightAfterAReply, KillPoint.WhileAMessageIsHandled, KillPoint.WithMessagesQueued];
        var plan = later.Concat(Enumerable.Range(0, Kills - 1 - later.Length).Select(_ => later[random.Next(later.Length)])).ToArray();
        random.Shuffle(plan);
        return [KillPoint.DuringStartUp, .. plan];
    }

    /// <summary>Starts sending logs the way the kill point asks and returns, for the story, what it did.</summary>
    private static async Task<string> DriveUntilKillPointAsync(CoachProcess coach, KillPoint point, Random random, Func<SentLog> nextLog)
    {
        if (point == KillPoint.DuringStartUp)
        {
            var delay = random.Next(0, 700_000);
            await PauseAsync(delay);
            return $"started, waited {delay / 1000} ms";
        }

        await coach.WaitUntilReadyAsync(StartTimeout);
        var answered = point == KillPoint.RightAfterAReply ? random.Next(1, 6) : random.Next(0, 4);
        var first = -1;
        for (var i = 0; i < answered; i++)
        {
            var log = nextLog();
            first = first < 0 ? log.Number : first;
            await coach.SendAsync(log.Text);
            await ExpectReplyToAsync(coach, log);
        }

        var steps = answered switch
        {
            0 => "started",
            1 => $"started, logged #{first}",
            _ => $"started, logged #{first}..#{first + answered - 1} one by one",
        };
        switch (point)
        {
            case KillPoint.RightAfterAReply:
                return $"{steps}; on the last reply";

            case KillPoint.WhileAMessageIsHandled:
            {
                var log = nextLog();
                var delay = random.Next(0, 5_000);
                await coach.SendAsync(log.Text);
                await PauseAsync(delay);
                return $"{steps}, sent #{log.Number}, waited {delay} µs";
            }

            default:
            {
                var queued = Enumerable.Range(0, random.Next(3, 13)).Select(_ => nextLog()).ToList();
                var replies = random.Next(0, queued.Count);
                var delay = random.Next(0, 3_000);
                await coach.SendAsync(queued.Select(l => l.Text));
                foreach (var log in queued.Take(replies))
                {
                    await ExpectReplyToAsync(coach, log);
                }

                await PauseAsync(delay);
                return $"{steps}, sent #{queued[0].Number}..#{queued[^1].Number} at once, waited for {replies} replies and {delay} µs";
            }
        }
    }

    /// <summary>
    /// Waits a number of microseconds. Handling one log takes about a millisecond, so kills must be placed more finely
    /// than Task.Delay can: short waits spin.
    /// </summary>
    private static async Task PauseAsync(int microseconds)
    {
        var wait = TimeSpan.FromMicroseconds(microseconds);
        if (wait > TimeSpan.FromMilliseconds(20))
        {
            await Task.Delay(wait);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < wait)
        {
            Thread.SpinWait(20);
        }
    }

    private static async Task ExpectReplyToAsync(CoachProcess coach, SentLog log)
    {
        var ack = await coach.NextAcknowledgementAsync(ReplyTimeout);
        if (ack.Weight != log.Weight)
        {
            throw new InvalidOperationException($"{log} was answered with the echo of {ack.Weight} kg, out of order.\n{coach.Transcript}");
        }
    }

    /// <summary>Every acknowledged log stored exactly once, nothing stored twice or in part, and a sound file.</summary>
    private static IEnumerable<string> Check(StoredWorkouts stored, IReadOnlyDictionary<decimal, SentLog> sent, IReadOnlyDictionary<decimal, Acknowledgement> acknowledged)
    {
        if (stored.IntegrityCheck != "ok")
        {
            yield return $"PRAGMA integrity_check says: {stored.IntegrityCheck}";
        }

        if (stored.ForeignKeyViolations != 0)
        {
            yield return $"PRAGMA foreign_key_check lists {stored.ForeignKeyViolations} rows";
        }

        if (stored.LogsWithoutSets != 0)
        {
            yield return $"{stored.LogsWithoutSets} logs have no sets: a transaction was stored in part";
        }

        if (stored.LogsWithoutTheirMessage != 0)
        {
            yield return $"{stored.LogsWithoutTheirMessage} logs have no record of their message: a redelivery would log them again";
        }

        if (stored.Users != 1)
        {
            yield return $"{stored.Users} users are stored for the one terminal user";
        }

        var rowsByWeight = stored.Sets.ToLookup(s => s.Weight);
        foreach (var weight in rowsByWeight.Select(g => g.Key).Where(w => !sent.ContainsKey(w)))
        {
            yield return $"sets of {weight} kg are stored, but no log of that weight was sent";
        }

        foreach (var log in sent.Values)
        {
            var rows = rowsByWeight[log.Weight].ToList();
            var ack = acknowledged.GetValueOrDefault(log.Weight);
            if (ack is not null && rows.Count == 0)
            {
                yield return $"{log} was acknowledged but is not stored";
            }
            else if (rows.Count != 0 && rows.Count != log.Sets)
            {
                yield return $"{log} is stored as {rows.Count} set rows instead of {log.Sets}: {(rows.Count > log.Sets ? "stored more than once" : "stored in part")}";
            }

            if (rows.Select(r => r.LogId).Distinct().Count() > 1)
            {
                yield return $"{log} is stored in {rows.Select(r => r.LogId).Distinct().Count()} logs";
            }

            if (rows.Any(r => r.ExerciseId != "deadlift" || r.Reps != log.Reps || r.Unit != "kg" || r.UserId != rows[0].UserId))
            {
                yield return $"{log} is stored with other content: {string.Join("; ", rows)}";
            }

            if (ack is not null && (ack.Sets != log.Sets || ack.Reps != log.Reps))
            {
                yield return $"{log} was echoed as {ack.Sets}x{ack.Reps}";
            }

            if (ack?.LogId is { } logId && rows.Count > 0 && rows[0].LogId != logId)
            {
                yield return $"{log}'s reply offers /undo {logId}, but it is stored as log {rows[0].LogId}";
            }
        }
    }

    /// <summary>One run of the terminal chat in-process, on the given input; returns what it printed.</summary>
    private static async Task<string> RunTerminalChatAsync(string databasePath, TimeProvider clock, string input)
    {
        var builder = CoachHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = databasePath,
            ["Terminal:UserName"] = "ana",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddChatCoachTerminal();
        using var printed = new StringWriter();
        builder.Services.AddSingleton(new TerminalConsole(new StringReader(input), printed));
        builder.Services.AddSingleton(clock);
        using (var host = builder.Build())
        {
            // The chat stops the host when its input ends.
            await host.RunAsync().WaitAsync(StartTimeout);
        }

        SqliteConnection.ClearAllPools();
        return printed.ToString();
    }

    private static InboundMessage PrivateMessage(string messageId, string text, TimeProvider clock) =>
        new(new ChatAddress(ChatPlatform.Telegram, "42", IsGroup: false), "7", "ana", messageId, text, clock.GetUtcNow());
}
