using System.Globalization;
using BenchmarkDotNet.Running;
using ChatCoach.Benchmarks;

// `-- --profile [FULL|NORMAL] [stored sets] [messages] [--plain]` explains the log path (--plain: without SQLite's
// profile hook, for a CPU profile); anything else goes to BenchmarkDotNet.
if (args is ["--profile", ..])
{
    var plain = args.Contains("--plain");
    var values = args.Skip(1).Where(a => a != "--plain").ToArray();
    await LogPathProfile.RunAsync(
        values.Length > 0 ? values[0] : "NORMAL",
        values.Length > 1 ? int.Parse(values[1], CultureInfo.InvariantCulture) : 1_000,
        values.Length > 2 ? int.Parse(values[2], CultureInfo.InvariantCulture) : LogPathBenchmarks.MessagesPerIteration,
        plain);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
