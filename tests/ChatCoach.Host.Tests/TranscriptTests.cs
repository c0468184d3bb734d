using System.Runtime.CompilerServices;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The end-to-end tests: each Transcripts/*.txt is replayed with <c>chatcoach replay --json</c> and must print exactly
/// the .expected.jsonl beside it. Set CHATCOACH_UPDATE_TRANSCRIPTS=1 to rewrite the expectations after a deliberate
/// change, then read the diff.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_replays_to_its_expected_output(string name)
    {
        var transcript = Path.Combine(Folder(), name + ".txt");
        var expectedFile = Path.Combine(Folder(), name + ".expected.jsonl");

        var (code, output, errors) = await CliRunner.RunAsync("replay", transcript, "--json");

        Assert.Equal(0, code);
        if (Environment.GetEnvironmentVariable("CHATCOACH_UPDATE_TRANSCRIPTS") == "1")
        {
            await File.WriteAllTextAsync(expectedFile, output);
        }

        Assert.True(File.Exists(expectedFile), $"no {expectedFile}: run with CHATCOACH_UPDATE_TRANSCRIPTS=1 and review it");
        Assert.Equal(await File.ReadAllTextAsync(expectedFile), output);
        Assert.True(errors.Length == 0 || name.Contains("errors", StringComparison.Ordinal), errors);
    }

    [Fact]
    public async Task Replaying_twice_gives_identical_output()
    {
        var transcript = Path.Combine(Folder(), "howto.txt");

        var first = await CliRunner.RunAsync("replay", transcript, "--json");
        var second = await CliRunner.RunAsync("replay", transcript, "--json");

        Assert.Equal(first.Output, second.Output);
    }

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Transcripts");
}
