using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Workouts;
using ChatCoach.Core.Exercises;
using ChatCoach.Terminal;
using ChatCoach.Terminal.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host;

/// <summary>The <c>chatcoach</c> command line: verbs, their flags and help, and exit codes (0 ok, 1 failed, 2 usage).</summary>
internal static class Cli
{
    private const string Usage = """
        Usage: chatcoach [VERB] [OPTIONS] [--Section:Key=value ...]

        Verbs:
          run        Start the coach with every configured adapter (the default). With no platform token it runs
                     the terminal chat on an SQLite file.
          replay     Play a transcript through the coach: chatcoach replay FILE|- [--json] [--db PATH]
          migrate    Apply database migrations and exit: chatcoach migrate [--db PATH]
          parse      Show how the coach reads set notation: chatcoach parse [--unit kg|lb] [--today YYYY-MM-DD] [TEXT]
          export     Write one user's sets as CSV: chatcoach export --user ID --platform P --out FILE [--db PATH]

        Run 'chatcoach VERB --help' for a verb's options. Any --Section:Key=value overrides configuration,
        for example --Coach:DefaultUnit=lb.
        """;

    private const string RunHelp = """
        Usage: chatcoach [run] [--Section:Key=value ...]

        Starts the host with every configured adapter. With no Telegram or Discord token configured it runs the
        terminal chat as the local user on the SQLite file in Storage:SqlitePath (default data/chatcoach.db).
        Stop it with Ctrl+C (or Ctrl+D in the terminal chat).
        """;

    private const string ReplayHelp = """
        Usage: chatcoach replay FILE|- [--json] [--db PATH]

        Plays a transcript through the coach on a simulated clock and prints what the coach says.
          FILE|-      the transcript file, or - for standard input
          --json      one JSON object per coach message instead of readable text
          --db PATH   use (and keep) this SQLite file; without it a temporary database is used and removed

        Transcript lines: [@YYYY-MM-DDTHH:MM] [#group] user: message
          @time is UTC and stays until the next @; '#group' says it in a group chat; blank lines and // comments
          are ignored. '[reply] text' replies to the coach's last message in that chat; '[edit] text' edits the
          user's previous message. A line with only @time moves the clock.
        """;

    private const string MigrateHelp = """
        Usage: chatcoach migrate [--db PATH]

        Applies the database migrations and exits.
          --db PATH   the SQLite file (default: Storage:SqlitePath)
        """;

    private const string ParseHelp = """
        Usage: chatcoach parse [--unit kg|lb] [--today YYYY-MM-DD] [TEXT]

        Reads set notation with exactly the parser the coach uses and prints its verdict as JSON:
        {"kind":"log","entries":[...]}, {"kind":"none"} or {"kind":"error","message":"..."}.
        With TEXT it prints one object; without, it reads standard input and prints one object per line.
          --unit kg|lb         the unit of a bare weight number (default kg)
          --today YYYY-MM-DD   the day that "today", "yesterday" and weekday names count from (default: today, UTC)
        """;

    private const string ExportHelp = """
        Usage: chatcoach export --user ID --platform terminal|telegram|discord --out FILE|- [--db PATH]

        Writes every set one user logged as CSV (the same file /export sends them), for operators answering a data
        request. ID is the user's id on that platform (in the terminal and in transcripts, the user's name).
          --db PATH   the SQLite file (default: Storage:SqlitePath)
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "run";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        try
        {
            return verb switch
            {
                "run" => await RunHostAsync(VerbArguments.Parse("run", rest, [], [], 0), stdout),
                "replay" => await ReplayAsync(VerbArguments.Parse("replay", rest, ["--db"], ["--json"], 1), stdin, stdout, stderr),
                "migrate" => await MigrateAsync(VerbArguments.Parse("migrate", rest, ["--db"], [], 0), stdout),
                "parse" => await ParseAsync(VerbArguments.Parse("parse", rest, ["--unit", "--today"], [], int.MaxValue), stdin, stdout),
                "export" => await ExportAsync(VerbArguments.Parse("export", rest, ["--db", "--user", "--platform", "--out"], [], 0), stdout, stderr),
                "help" => await WriteAsync(stdout, Usage, 0),
                _ => throw new UsageException($"unknown verb '{verb}'"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"chatcoach: {e.Message}");
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await stderr.WriteLineAsync($"chatcoach: configuration error: {string.Join("; ", e.Failures)}");
            return 1;
        }
        catch (SeedException e)
        {
            await stderr.WriteLineAsync($"chatcoach: seed error: {e.Message}");
            return 1;
        }
        catch (ChatAdapterException e)
        {
            await stderr.WriteLineAsync($"chatcoach: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunHostAsync(VerbArguments a, TextWriter stdout)
    {
        if (a.Help)
        {
            return await WriteAsync(stdout, RunHelp, 0);
        }

        var (builder, adapters) = CoachHost.CreateRunBuilder(a.ConfigurationArgs);
        using var host = builder.Build();
        Log.Starting(host.Services.GetRequiredService<ILogger<Program>>(), string.Join(", ", adapters));
        await host.RunAsync();
        return 0;
    }

    private static async Task<int> ReplayAsync(VerbArguments a, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (a.Help)
        {
            return await WriteAsync(stdout, ReplayHelp, 0);
        }

        if (a.Positionals.Count != 1)
        {
            throw new UsageException("replay: name a transcript FILE, or - for standard input");
        }

        var file = a.Positionals[0];
        if (file != "-" && !File.Exists(file))
        {
            throw new UsageException($"replay: no such file '{file}'");
        }

        var temporary = a.Value("--db") is null;
        var db = a.Value("--db") ?? Path.Combine(Path.GetTempPath(), $"chatcoach-replay-{Guid.NewGuid():N}.db");
        try
        {
            var clock = new SimulatedClock(TranscriptReplayer.DefaultStart);
            var builder = CoachHost.CreateBuilder(a.ConfigurationArgs, new Dictionary<string, string?>
            {
                ["Storage:SqlitePath"] = db,

                // Replay output is compared exactly: only warnings and errors reach stderr.
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TranscriptReplayer>();
            using var host = builder.Build();
            await host.StartAsync();
            using var reader = file == "-" ? null : new StreamReader(file);
            await host.Services.GetRequiredService<TranscriptReplayer>().ReplayAsync(reader ?? stdin, stdout, stderr, a.Has("--json"), CancellationToken.None);
            await stdout.FlushAsync();
            await host.StopAsync();
            return 0;
        }
        finally
        {
            if (temporary)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    File.Delete(db + suffix);
                }
            }
        }
    }

    private static async Task<int> MigrateAsync(VerbArguments a, TextWriter stdout)
    {
        if (a.Help)
        {
            return await WriteAsync(stdout, MigrateHelp, 0);
        }

        var overrides = a.Value("--db") is { } db ? new Dictionary<string, string?> { ["Storage:SqlitePath"] = db } : null;
        var builder = CoachHost.CreateBuilder(a.ConfigurationArgs, overrides);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
        await stdout.WriteLineAsync("Migrations applied.");
        return 0;
    }

    private static async Task<int> ParseAsync(VerbArguments a, TextReader stdin, TextWriter stdout)
    {
        if (a.Help)
        {
            return await WriteAsync(stdout, ParseHelp, 0);
        }

        var unit = WeightUnit.Kg;
        if (a.Value("--unit") is { } unitText && !WeightUnits.TryParse(unitText, out unit))
        {
            throw new UsageException($"parse: --unit must be kg or lb, not '{unitText}'");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (a.Value("--today") is { } todayText
            && !DateOnly.TryParseExact(todayText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out today))
        {
            throw new UsageException($"parse: --today must be a date like 2026-11-23, not '{todayText}'");
        }

        // Only the catalog is needed: the host is built for its configuration and seeds, and never started.
        using var host = CoachHost.CreateBuilder(a.ConfigurationArgs).Build();
        var parser = host.Services.GetRequiredService<SetNotationParser>();
        var context = new ParseContext(unit, today);
        if (a.Positionals.Count > 0)
        {
            await stdout.WriteLineAsync(NotationJson.Write(parser.Parse(string.Join(' ', a.Positionals), context)));
            return 0;
        }

        while (await stdin.ReadLineAsync() is { } line)
        {
            await stdout.WriteLineAsync(NotationJson.Write(parser.Parse(line, context)));
        }

        return 0;
    }

    private static async Task<int> ExportAsync(VerbArguments a, TextWriter stdout, TextWriter stderr)
    {
        if (a.Help)
        {
            return await WriteAsync(stdout, ExportHelp, 0);
        }

        var user = a.Value("--user") ?? throw new UsageException("export: --user ID is required");
        var platformName = a.Value("--platform") ?? throw new UsageException("export: --platform is required (terminal, telegram or discord)");
        var output = a.Value("--out") ?? throw new UsageException("export: --out FILE is required (- for standard output)");
        if (!Enum.TryParse<ChatPlatform>(platformName, ignoreCase: true, out var platform) || !Enum.IsDefined(platform))
        {
            throw new UsageException($"export: unknown platform '{platformName}': use terminal, telegram or discord");
        }

        var overrides = a.Value("--db") is { } db ? new Dictionary<string, string?> { ["Storage:SqlitePath"] = db } : null;
        using var host = CoachHost.CreateBuilder(a.ConfigurationArgs, overrides).Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ICoachStore>();
        await using var session = await store.BeginAsync(CancellationToken.None);
        var profile = await session.Users.FindAsync(platform, user, CancellationToken.None);
        if (profile is null)
        {
            await stderr.WriteLineAsync($"chatcoach: no {platform.ToString().ToLowerInvariant()} user with id '{user}'");
            await host.StopAsync();
            return 1;
        }

        var csv = WorkoutCsv.Write(await session.Workouts.AllUserSetsAsync(profile.Id, CancellationToken.None));
        if (output == "-")
        {
            await stdout.WriteAsync(csv);
        }
        else
        {
            await File.WriteAllTextAsync(output, csv);
            await stdout.WriteLineAsync($"Wrote {output}.");
        }

        await host.StopAsync();
        return 0;
    }

    private static async Task<int> WriteAsync(TextWriter writer, string text, int code)
    {
        await writer.WriteLineAsync(text);
        return code;
    }
}
