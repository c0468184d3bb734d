using Microsoft.Data.Sqlite;

namespace ChatCoach.Host.Tests;

public sealed class CliTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("replay", "--colour")]
    [InlineData("migrate", "extra")]
    [InlineData("replay")]
    [InlineData("replay", "no-such-file.txt")]
    [InlineData("replay", "-", "--db")]
    public async Task Unknown_verbs_and_bad_flags_exit_with_2_and_say_what_was_wrong(params string[] args)
    {
        var (code, _, errors) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("chatcoach: ", errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("replay")]
    [InlineData("migrate")]
    public async Task Every_verb_has_help(string verb)
    {
        var (code, output, _) = await CliRunner.RunAsync(verb, "--help");

        Assert.Equal(0, code);
        Assert.Contains($"chatcoach {(verb == "run" ? "[run]" : verb)}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_database_file_with_its_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatcoach-cli-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(folder, "nested", "coach.db");
        try
        {
            var (code, output, _) = await CliRunner.RunAsync("migrate", "--db", db);

            Assert.Equal(0, code);
            Assert.Contains("Migrations applied", output, StringComparison.Ordinal);
            Assert.True(File.Exists(db));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_configuration_value_stops_the_host_naming_the_key()
    {
        var (code, _, errors) = await CliRunner.RunWithInputAsync("ana: hi", "replay", "-", "--Coach:DefaultUnit=stone");

        Assert.Equal(1, code);
        Assert.Contains("Coach:DefaultUnit", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_seed_stops_the_host_naming_the_file_and_entry()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "chatcoach-badseeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(seeds, "exercises"));
        await File.WriteAllTextAsync(Path.Combine(seeds, "exercises", "x.json"), """{ "exercises": [ { "id": "x", "name": "X", "level": "pro", "category": "core", "regions": ["core"], "summary": "s" } ] }""");
        try
        {
            var (code, _, errors) = await CliRunner.RunWithInputAsync("ana: hi", "replay", "-", $"--Coach:SeedsPath={seeds}");

            Assert.Equal(1, code);
            Assert.Contains("x.json: entry 0 ('x'): level 'pro'", errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Fact]
    public async Task Replay_reads_standard_input_and_reports_bad_lines_on_stderr()
    {
        var (code, output, errors) = await CliRunner.RunWithInputAsync("ana: /howto deadlift\nnonsense\n", "replay", "-", "--json");

        Assert.Equal(0, code);
        Assert.Contains("\"kind\":\"howto\"", output, StringComparison.Ordinal);
        Assert.Contains("line 2:", errors, StringComparison.Ordinal);
    }
}
