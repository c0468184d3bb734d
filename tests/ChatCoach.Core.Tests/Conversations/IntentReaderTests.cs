using ChatCoach.Core.Conversations;

namespace ChatCoach.Core.Tests.Conversations;

public sealed class IntentReaderTests
{
    private readonly IntentReader _reader = new("coach");

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
        var intent = Assert.IsType<HowToIntent>(_reader.Read(text));

        Assert.Equal(query, intent.Query);
        Assert.True(intent.Strong);
    }

    [Theory]
    [InlineData("what's a double leg lift", "double leg lift")]
    [InlineData("show me leg raises", "leg raises")]
    [InlineData("explain the hollow hold", "hollow hold")]
    public void Weak_how_to_phrasings_are_only_how_tos_if_they_name_an_exercise(string text, string query)
    {
        var intent = Assert.IsType<HowToIntent>(_reader.Read(text));

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
        Assert.IsType<GreetingIntent>(_reader.Read(text));
    }

    [Theory]
    [InlineData("my lower back hurts when I deadlift")]
    [InlineData("I think I tweaked my back")]
    [InlineData("sharp pain in my hip during good mornings")]
    [InlineData("good morning, my back is aching")]
    public void Pain_wins_over_everything_but_commands(string text)
    {
        Assert.IsType<PainIntent>(_reader.Read(text));
    }

    [Theory]
    [InlineData("no pain today, felt great")]
    [InlineData("pain-free session")]
    [InlineData("it didn't hurt at all")]
    public void Saying_there_was_no_pain_is_not_a_pain_report(string text)
    {
        Assert.IsNotType<PainIntent>(_reader.Read(text));
    }

    [Fact]
    public void A_command_for_another_bot_is_not_for_the_coach()
    {
        Assert.IsType<NotForCoachIntent>(_reader.Read("/help@OtherBot"));
        Assert.IsType<HelpIntent>(_reader.Read("/help@Coach"));
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
        Assert.IsType(expected, _reader.Read(text));
    }
}
