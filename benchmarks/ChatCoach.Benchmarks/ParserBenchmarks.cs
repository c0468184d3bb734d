using BenchmarkDotNet.Attributes;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Benchmarks;

/// <summary>
/// The set-notation parser over a realistic mix of messages: logs in every notation form, chatter, how-to questions,
/// greetings and errors. Each benchmark reads the whole mix once, and OperationsPerInvoke makes the figures per message.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ParserBenchmarks
{
    /// <summary>
    /// Twenty messages, roughly in the proportions a coach sees: twelve logs (every notation form, a typo, a dated
    /// two-exercise log, a log with a note), three notation errors, and five that are not logs (greetings, thanks, how-to
    /// questions, a plan).
    /// </summary>
    internal static readonly string[] Messages =
    [
        "deadlift 3x5 100kg",
        "squat 3 sets of 5 at 80kg",
        "bench 100x5, 110x5, 120x3",
        "ohp 5/5/4 @ 40kg",
        "rdl 3x8 60kg @8",
        "pull ups 3x8 +10kg",
        "plank 1:30",
        "hollow hold 3x30s",
        "yesterday deadlift 3x5 102.5kg, squat 3x5 80kg",
        "deadlift 3x5 100kg\nfelt heavy, will add 2.5 next week",
        "/log good mornings 3x10 40kg",
        "hi coach!",
        "thanks, see you tomorrow",
        "how do I do a romanian deadlift?",
        "what's a good morning and how heavy should I go?",
        "deadlfit 3x8 60kg",
        "deadlift 3x5 100 stones",
        "bench 3x",
        "deadlift 3x5 140kg rpe 11",
        "planning to deadlift 3x5 110kg on friday",
    ];

    private SetNotationParser _parser = null!;
    private IntentReader _reader = null!;
    private ParseContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = SeedLoader.Load(SeedsLocator.Resolve("seeds"));
        _parser = new SetNotationParser(catalog);
        _reader = new IntentReader("coach", _parser);
        _context = new ParseContext(WeightUnit.Kg, new DateOnly(2026, 11, 24));
    }

    /// <summary>The parser alone: <c>SetNotationParser.Parse</c>, per message.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 20)]
    public int Parse()
    {
        var logs = 0;
        foreach (var text in Messages)
        {
            if (_parser.Parse(text, _context) is LogNotation)
            {
                logs++;
            }
        }

        return logs;
    }

    /// <summary>What the engine runs per message: commands, greetings, how-to and pain checks, then the parser.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int ReadIntent()
    {
        var logs = 0;
        foreach (var text in Messages)
        {
            if (_reader.Read(text, _context) is LogSetsIntent)
            {
                logs++;
            }
        }

        return logs;
    }
}
