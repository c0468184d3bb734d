using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Host.Tests;

public sealed class ParseAndExportVerbTests
{
    [Fact]
    public async Task Parse_with_text_prints_one_json_object_in_the_documented_shape()
    {
        var (code, output, _) = await CliRunner.RunAsync("parse", "--today", "2026-11-23", "yesterday:", "romanian", "deadlift", "3x8", "60kg");

        Assert.Equal(0, code);
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"romanian-deadlift","date":"2026-11-22","sets":[{"reps":8,"weight":60,"unit":"kg"},{"reps":8,"weight":60,"unit":"kg"},{"reps":8,"weight":60,"unit":"kg"}]}]}""",
            output.TrimEnd());
    }

    [Fact]
    public async Task Parse_without_text_reads_stdin_and_prints_one_verdict_per_line_in_order()
    {
        const string input = "deadlift 3x5 225\ngood morning everyone\ndeadlift 100kg\nplank 1:30\n";

        var (code, output, _) = await CliRunner.RunWithInputAsync(input, "parse", "--unit", "lb", "--today", "2026-11-23");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        Assert.Contains("\"unit\":\"lb\"", lines[0], StringComparison.Ordinal);
        Assert.Equal("""{"kind":"none"}""", lines[1]);
        Assert.StartsWith("""{"kind":"error","message":""", lines[2], StringComparison.Ordinal);
        Assert.Equal("""{"kind":"log","entries":[{"exercise":"plank","sets":[{"seconds":90}]}]}""", lines[3]);
    }

    [Theory]
    [InlineData("--unit", "stone")]
    [InlineData("--today", "next-tuesday")]
    [InlineData("--colour", "blue")]
    public async Task Parse_with_a_bad_flag_exits_2_and_says_which(string flag, string value)
    {
        var (code, _, errors) = await CliRunner.RunAsync("parse", flag, value, "deadlift 3x5 100kg");

        Assert.Equal(2, code);
        Assert.Contains(flag, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_one_users_sets_and_only_theirs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatcoach-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "coach.db");
        var csv = Path.Combine(folder, "ana.csv");
        try
        {
            await CliRunner.RunWithInputAsync("ana: deadlift 3x5 100kg\nbob: squat 5x5 80kg\nana: hollow hold 2x30s\n", "replay", "-", "--db", db);

            var (code, _, _) = await CliRunner.RunAsync("export", "--user", "ana", "--platform", "terminal", "--out", csv, "--db", db);
            var (missing, _, errors) = await CliRunner.RunAsync("export", "--user", "zed", "--platform", "terminal", "--out", "-", "--db", db);

            var rows = (await File.ReadAllLinesAsync(csv)).ToList();
            Assert.Equal(0, code);
            Assert.Equal("date,exercise_id,exercise_name,set_number,weight,unit,reps,seconds,rpe", rows[0]);
            Assert.Equal(6, rows.Count);
            Assert.Equal(3, rows.Count(r => r.Contains(",deadlift,Deadlift,", StringComparison.Ordinal)));
            Assert.Equal(2, rows.Count(r => r.Contains(",hollow-hold,", StringComparison.Ordinal)));
            Assert.DoesNotContain(rows, r => r.Contains("squat", StringComparison.Ordinal));
            Assert.Equal(1, missing);
            Assert.Contains("no terminal user with id 'zed'", errors, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
