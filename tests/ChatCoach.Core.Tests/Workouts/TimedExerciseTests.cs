using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class TimedExerciseTests
{
    private static readonly ParseContext Monday = new(WeightUnit.Kg, new DateOnly(2026, 11, 23));
    private readonly SetNotationParser _parser = new(TestCatalog.Instance);

    [Theory]
    [InlineData("plank 3x60", "plank", 60)]
    [InlineData("hollow hold 3x30", "hollow-hold", 30)]
    [InlineData("side plank 3x20", "side-plank", 20)]
    public void Bare_counts_for_an_exercise_that_progresses_by_hold_time_are_seconds(string text, string id, int seconds)
    {
        var entry = Assert.Single(Assert.IsType<LogNotation>(_parser.Parse(text, Monday)).Entries);

        Assert.Equal(id, entry.ExerciseId);
        Assert.Equal(3, entry.Sets.Count);
        Assert.All(entry.Sets, s => Assert.Equal((seconds, (int?)null), (s.Seconds!.Value, s.Reps)));
    }

    [Theory]
    [InlineData("double leg lift 3x12")]
    [InlineData("push ups 3x20")]
    [InlineData("deadlift 5x5")]
    public void Bare_counts_for_other_exercises_stay_reps(string text)
    {
        var entry = Assert.Single(Assert.IsType<LogNotation>(_parser.Parse(text, Monday)).Entries);

        Assert.All(entry.Sets, s => Assert.Null(s.Seconds));
        Assert.All(entry.Sets, s => Assert.NotNull(s.Reps));
    }
}
