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

// `-- --compare [FULL|NORMAL] [stored sets] [rounds]`: the three log-path benchmarks in interleaved rounds, for a quick
// before-and-after while working on the log path.
if (args is ["--compare", ..])
{
    await LogPathProfile.CompareAsync(
        args.Length > 1 ? args[1] : "NORMAL",
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
