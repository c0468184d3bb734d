using System.Globalization;
using BenchmarkDotNet.Running;
using ChatCoach.Benchmarks;

// `-- --profile [FULL|NORMAL] [stored sets] [messages]` explains the log path; anything else goes to BenchmarkDotNet.
if (args is ["--profile", ..])
{
    await LogPathProfile.RunAsync(
        args.Length > 1 ? args[1] : "NORMAL",
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : LogPathBenchmarks.MessagesPerIteration);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
