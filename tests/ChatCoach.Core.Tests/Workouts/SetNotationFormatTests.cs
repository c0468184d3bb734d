using ChatCoach.Core.Workouts;
using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class SetNotationFormatTests
{
    [Theory]
    [InlineData("deadlift 3x5 100kg", "Deadlift: 3×5 @ 100 kg")]
    [InlineData("DL 100x5, 110x5, 120x3 @8", "Deadlift: 100 kg × 5, 110 kg × 5, 120 kg × 3 @ RPE 8")]
    [InlineData("hollow hold 3x30s", "Hollow hold: 3×30 s")]
    [InlineData("plank 1:30", "Plank: 90 s")]
    [InlineData("plank 2 min", "Plank: 2 min")]
    [InlineData("deadlift 100kg 5,5,4", "Deadlift: 2×5 @ 100 kg, 100 kg × 4")]
    [InlineData("deadlift 3x5 140kg @8", "Deadlift: 3×5 @ 140 kg @ RPE 8")]
    [InlineData("pull ups 3x8", "Pull-up: 3×8")]
    [InlineData("pull ups 1x8", "Pull-up: 1×8")]
    [InlineData("squat 3x5 225lb yesterday", "Squat (2026-11-24): 3×5 @ 225 lb")]
    [InlineData("zercher squat 3x5 60kg", "zercher squat: 3×5 @ 60 kg")]
    public void The_echo_groups_identical_sets(string text, string echo)
    {
        Assert.Equal(echo, SetNotation.Format(Entry(text)));
    }

    [Fact]
    public void The_canonical_notation_writes_every_set_with_its_unit()
    {
        var entry = Entry("DL 100x5, 110x5, 120x3 @8 yesterday");
        Assert.Equal("deadlift 2026-11-24: 100kg x 5, 110kg x 5, 120kg x 3 rpe 8", SetNotation.FormatCanonical(entry));
        Assert.Equal("hollow-hold: 1x30s, 1x30s", SetNotation.FormatCanonical(Entry("hollow hold 2x30s")));
    }
}
