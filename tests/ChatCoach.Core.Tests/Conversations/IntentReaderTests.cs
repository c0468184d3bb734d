using ChatCoach.Core.Conversations;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Conversations;

public sealed class IntentReaderTests
{
    private static readonly ParseContext Monday = new(WeightUnit.Kg, new DateOnly(2026, 11, 23));

    private readonly IntentReader _reader = new("coach", new SetNotationParser(TestCatalog.Instance));

    [Theory]
    [InlineData("/howto deadlift", "deadlift")]
    [InlineData("/howto dl", "dl")]
    [InlineData("/howto@coach good morning", "good morning")]
    [InlineData("how do I do a good morning?", "good morning")]
    [InlineData("How should I deadlift properly?", "deadlift")]
    [InlineData("form tips for hollow holds", "hollow holds")]
    [InlineData("deadlift form?", "deadlift")]
    [InlineData("tips for the double leg lift", "double leg lift")]
    public void Strong_how_to_phrasings_name_the_exercise(string text, string query)
    {
        var intent = Assert.IsType<HowToIntent>(Read(text));

        Assert.Equal(query, intent.Query);
        Assert.True(intent.Strong);
    }

    [Theory]
    [InlineData("what's a double leg lift", "double leg lift")]
    [InlineData("show me leg raises", "leg raises")]
    [InlineData("explain the hollow hold", "hollow hold")]
    public void Weak_how_to_phrasings_are_only_how_tos_if_they_name_an_exercise(string text, string query)
    {
        var intent = Assert.IsType<HowToIntent>(Read(text));

        Assert.Equal(query, intent.Query);
        Assert.False(intent.Strong);
    }

    [Theory]
    [InlineData("good morning everyone")]
    [InlineData("gm all")]
    [InlineData("Good morning!")]
    [InlineData("hey team")]
    [InlineData("morning, coach")]
    public void Greetings_are_not_how_tos(string text)
    {
        Assert.IsType<GreetingIntent>(Read(text));
    }

    [Theory]
    [InlineData("my lower back hurts when I deadlift")]
    [InlineData("I think I tweaked my back")]
    [InlineData("sharp pain in my hip during good mornings")]
    [InlineData("good morning, my back is aching")]
    public void Pain_wins_over_everything_but_commands(string text)
    {
        Assert.IsType<PainIntent>(Read(text));
    }

    [Theory]
    [InlineData("no pain today, felt great")]
    [InlineData("pain-free session")]
    [InlineData("it didn't hurt at all")]
    public void Saying_there_was_no_pain_is_not_a_pain_report(string text)
    {
        Assert.IsNotType<PainIntent>(Read(text));
    }

    [Fact]
    public void A_command_for_another_bot_is_not_for_the_coach()
    {
        Assert.IsType<NotForCoachIntent>(Read("/help@OtherBot"));
        Assert.IsType<HelpIntent>(Read("/help@Coach"));
    }

    [Theory]
    [InlineData("/start", typeof(HelpIntent))]
    [InlineData("/exercises", typeof(ExercisesIntent))]
    [InlineData("/tips", typeof(TipsIntent))]
    [InlineData("/units lb", typeof(UnitsIntent))]
    [InlineData("/timezone Europe/Berlin", typeof(TimeZoneIntent))]
    [InlineData("/frobnicate", typeof(UnknownCommandIntent))]
    public void Commands_map_to_their_intents(string text, Type expected)
    {
        Assert.IsType(expected, Read(text));
    }

    [Theory]
    [InlineData("deadlift 3x5 100kg")]
    [InlineData("/log deadlift 3x5 100kg")]
    [InlineData("/log@coach hollow hold 3x30s")]
    public void Set_notation_is_a_log(string text)
    {
        var log = Assert.IsType<LogSetsIntent>(Read(text));

        Assert.Single(log.Entries);
        Assert.False(log.MentionsPain);
    }

    [Fact]
    public void A_log_that_mentions_pain_is_still_a_log_and_carries_the_pain()
    {
        var log = Assert.IsType<LogSetsIntent>(Read("deadlift 3x5 100kg, my lower back hurts"));

        Assert.True(log.MentionsPain);
    }

    [Theory]
    [InlineData("deadlift 100kg")]
    [InlineData("/log")]
    [InlineData("/log what a day")]
    public void An_unreadable_attempt_to_log_is_an_error_with_an_example(string text)
    {
        var error = Assert.IsType<NotationErrorIntent>(Read(text));

        Assert.Contains("for example", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("same again", null)]
    [InlineData("one more", null)]
    [InlineData("5", 5)]
    [InlineData("8 reps", 8)]
    public void Same_again_and_a_lone_number_carry_over(string text, int? reps)
    {
        Assert.Equal(reps, Assert.IsType<CarryOverIntent>(Read(text)).Reps);
    }

    [Theory]
    [InlineData("can I train today?")]
    [InlineData("/today")]
    [InlineData("what should I do today")]
    public void Asking_about_today_is_a_today_intent(string text)
    {
        Assert.IsType<TodayIntent>(Read(text));
    }

    [Theory]
    [InlineData("/undo", null)]
    [InlineData("/undo 12", 12L)]
    [InlineData("/undo please", null)]
    public void Undo_may_name_the_log_a_button_stands_for(string text, long? logId)
    {
        Assert.Equal(logId, Assert.IsType<UndoIntent>(Read(text)).LogId);
    }

    private Intent Read(string text) => _reader.Read(text, Monday);
}
