using ChatCoach.Core.Workouts;
using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class SetNotationRejectionTests
{
    [Theory]
    [InlineData("deadlift 100kg", "no reps")]
    [InlineData("deadlift 100", "no reps")]
    [InlineData("deadlift 3 sets 100kg", "no reps")]
    [InlineData("deadlift 0x5 100kg", "more than zero")]
    [InlineData("deadlift 3x0 100kg", "more than zero")]
    [InlineData("deadlift 3x5 0kg", "more than zero")]
    [InlineData("deadlift 3x5 -100kg", "more than zero")]
    [InlineData("deadlift -3x5 100kg", "more than zero")]
    [InlineData("plank 0:00", "more than zero")]
    [InlineData("deadlift 51x5 100kg", "51 sets is more than the 50")]
    [InlineData("deadlift 10x5 100kg, 41x5 90kg", "more than the 50")]
    [InlineData("deadlift 1x1001", "1000 reps")]
    [InlineData("deadlift 3x5 1000.5kg", "limit is 1000 kg")]
    [InlineData("deadlift 3x5 2201lb", "limit is 1000 kg (2200 lb)")]
    [InlineData("plank 4h", "more than 3 hours")]
    [InlineData("plank 3x181 min", "more than 3 hours")]
    [InlineData("deadlift 3x5 100 stone", "unit 'stone'")]
    [InlineData("deadlift 3x5 100 stones", "unit 'stones'")]
    [InlineData("deadlift 3x", "x with no number after it")]
    [InlineData("deadlift 3 x x 5", "x with no number after it")]
    [InlineData("deadlift 3.5x5 100kg", "whole numbers")]
    [InlineData("deadlift 12345678901234x5", "too long a number")]
    [InlineData("deadlift 3x5 140kg rpe 11", "RPE goes from 1 to 10")]
    [InlineData("deadlift 100x5x3x2", "which numbers are the sets")]
    [InlineData("deadlift 100 5", "which numbers are the sets")]
    [InlineData("deadlift 3x5 100kg 120kg", "which weight goes with which sets")]
    [InlineData("deadlift and squat 3x5 100kg", "both Deadlift and Squat")]
    [InlineData("plank 1:75", "not a time")]
    public void A_log_that_cannot_be_read_says_what_is_wrong_and_shows_an_example(string text, string problem)
    {
        var message = Error(text);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Contains("example", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_example_uses_the_exercise_that_was_named()
    {
        Assert.EndsWith("For example: squat 3x5 100kg", Error("squat 100kg"), StringComparison.Ordinal);
        Assert.EndsWith("For example: plank 3x30s", Error("plank 4h"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorrow I'll try 3x5 at 140")]
    [InlineData("going to do 5x5 later")]
    [InlineData("should I do 3x5?")]
    [InlineData("I will deadlift 3x5 100kg")]
    [InlineData("next week: deadlift 5x5 100kg")]
    [InlineData("Tomorrow:\ndeadlift 3x5 140kg\nsquat 3x5 100kg")]
    [InlineData("maybe deadlift 3x5 100kg")]
    [InlineData("I didn't do my deadlift 3x5 today")]
    [InlineData("can I do deadlift 3x5 100kg twice a week")]
    public void Plans_and_questions_are_not_logs(string text)
    {
        Assert.IsType<NoLogNotation>(Parse(text));
    }

    [Theory]
    [InlineData("good morning everyone")]
    [InlineData("gm all")]
    [InlineData("how do I deadlift?")]
    [InlineData("how do I deadlift")]
    [InlineData("thanks!")]
    [InlineData("I ran 5k")]
    [InlineData("I ran 5k in 25 min")]
    [InlineData("lost 2kg this week")]
    [InlineData("my deadlift is 140kg")]
    [InlineData("my deadlift PR is 180kg")]
    [InlineData("I did 5 sets")]
    [InlineData("5x5")]
    [InlineData("deadlift")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    [InlineData("@@@@")]
    [InlineData("100kg")]
    [InlineData("'; DROP TABLE sets; --")]
    [InlineData("Robert'); DROP TABLE workouts;-- 3x5")]
    public void Chatter_is_not_a_log(string text)
    {
        Assert.IsType<NoLogNotation>(Parse(text));
    }

    [Fact]
    public void A_message_over_two_thousand_characters_is_refused_quickly()
    {
        var digits = new string('9', 100_000);
        Assert.IsType<NoLogNotation>(Parse(digits));
        Assert.IsType<NoLogNotation>(Parse("deadlift 3x5 100kg " + new string(' ', 3000)));
        Assert.Contains("too long", Error("/log " + digits), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadlift 3x5 100kg \u200F\u202Eמשקל")]
    [InlineData("\u0000\u0001\u001b[31mdeadlift 3x5 100kg")]
    [InlineData("dead\u0000lift 3x5 100kg")]
    [InlineData("\uD83D deadlift 3x5 100kg \uDC4D")]
    public void Control_characters_and_right_to_left_text_do_not_break_the_parser(string text)
    {
        var result = Parse(text);
        Assert.True(result is LogNotation or NoLogNotation or NotationError);
    }
}
