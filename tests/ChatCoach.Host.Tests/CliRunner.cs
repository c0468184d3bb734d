namespace ChatCoach.Host.Tests;

/// <summary>Runs the <c>chatcoach</c> command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    public static async Task<(int Code, string Output, string Errors)> RunWithInputAsync(string input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Cli.RunAsync(args, new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
