using System.Text.Json;
using System.Text.RegularExpressions;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Discord.Tests;

/// <summary>The registered slash commands: valid for Discord, and each one a command the core understands.</summary>
public sealed partial class SlashCommandsTests
{
    private static readonly IntentReader Reader = new("coach", new SetNotationParser(SeedLoader.Load(SeedsLocator.Resolve("seeds"))));

    public static TheoryData<string, string, Type> Commands => new()
    {
        { "howto", """[{"name":"exercise","type":3,"value":"deadlift"}]""", typeof(HowToIntent) },
        { "log", """[{"name":"entry","type":3,"value":"deadlift 3x5 100kg"}]""", typeof(LogSetsIntent) },
        { "undo", "[]", typeof(UndoIntent) },
        { "history", """[{"name":"exercise","type":3,"value":"deadlift"}]""", typeof(HistoryIntent) },
        { "records", """[{"name":"exercise","type":3,"value":"deadlift"}]""", typeof(RecordsIntent) },
        { "progress", """[{"name":"exercise","type":3,"value":"deadlift"}]""", typeof(ProgressIntent) },
        { "stats", """[{"name":"period","type":3,"value":"month"}]""", typeof(StatsIntent) },
        { "export", "[]", typeof(ExportIntent) },
        { "help", "[]", typeof(HelpIntent) },
        { "today", "[]", typeof(TodayIntent) },
        { "next", """[{"name":"exercise","type":3,"value":"deadlift"}]""", typeof(NextIntent) },
        { "forget", """[{"name":"confirm","type":5,"value":true}]""", typeof(ForgetIntent) },
        { "units", """[{"name":"unit","type":3,"value":"lb"}]""", typeof(UnitsIntent) },
        { "timezone", """[{"name":"zone","type":3,"value":"Europe/Berlin"}]""", typeof(TimeZoneIntent) },
        { "tips", "[]", typeof(TipsIntent) },
        { "exercises", "[]", typeof(ExercisesIntent) },
        { "settings", """[{"name":"setting","type":3,"value":"digest sunday 18:00"}]""", typeof(SettingsIntent) },
        { "checkin", "[]", typeof(CheckInIntent) },
        { "accountability", """[{"name":"state","type":3,"value":"on"}]""", typeof(AccountabilityIntent) },
        { "join", """[{"name":"goal","type":4,"value":3}]""", typeof(JoinIntent) },
        { "leave", "[]", typeof(LeaveIntent) },
        { "goal", """[{"name":"sessions","type":4,"value":4}]""", typeof(MemberChoiceIntent) },
        { "share", """[{"name":"state","type":3,"value":"on"}]""", typeof(MemberChoiceIntent) },
        { "remind", """[{"name":"state","type":3,"value":"off"}]""", typeof(MemberChoiceIntent) },
        { "streak", "[]", typeof(StreakIntent) },
        { "board", "[]", typeof(BoardIntent) },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_registered_command_reaches_the_intent_it_stands_for(string name, string options, Type intent)
    {
        Assert.Contains(SlashCommands.All, c => c.Name == name);

        var text = SlashCommands.ToText(Data(name, options));

        Assert.IsType(intent, Reader.Read(text, new ParseContext(WeightUnit.Kg, new DateOnly(2026, 11, 23))));
    }

    [Fact]
    public void Every_registered_command_is_covered_here()
    {
        var tested = Commands.Select(row => (string)row[0]!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(tested.Order(StringComparer.Ordinal), SlashCommands.All.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Options_become_the_arguments_the_core_reads()
    {
        Assert.Equal("/forget confirm", SlashCommands.ToText(Data("forget", """[{"name":"confirm","type":5,"value":true}]""")));
        Assert.Equal("/forget", SlashCommands.ToText(Data("forget", """[{"name":"confirm","type":5,"value":false}]""")));
        Assert.Equal("/join 4", SlashCommands.ToText(Data("join", """[{"name":"goal","type":4,"value":4}]""")));
        Assert.Equal("/join", SlashCommands.ToText(Data("join", "[]")));
        Assert.Equal("/records deadlift", SlashCommands.ToText(Data("records", """[{"name":"exercise","type":3,"value":"deadlift"}]""")));
        Assert.Equal("/settings timezone Europe/Berlin", SlashCommands.ToText(Data("settings", """[{"name":"setting","type":3,"value":"timezone Europe/Berlin"}]""")));
    }

    [Fact]
    public void Definitions_follow_Discords_rules_and_name_options_consistently()
    {
        var definitions = SlashCommands.Definitions(global: true);

        foreach (var command in definitions.Select(c => c!.AsObject()))
        {
            var name = (string)command["name"]!;
            Assert.Matches(CommandName(), name);
            Assert.InRange(((string)command["description"]!).Length, 1, 100);
            var options = command["options"]!.AsArray().Select(o => o!.AsObject()).ToList();
            Assert.True(options.Count <= 25);
            var required = options.Select(o => (bool)o["required"]!).ToList();
            Assert.True(required.SequenceEqual(required.OrderByDescending(r => r)), $"/{name}: required options come first");
            foreach (var option in options)
            {
                Assert.Matches(CommandName(), (string)option["name"]!);
                Assert.InRange(((string)option["description"]!).Length, 1, 100);
            }
        }

        // One name per kind of value: an exercise is always "exercise", set notation is "entry".
        var exerciseTaking = SlashCommands.All.Where(c => c.Options.Any(o => o.Autocomplete)).ToList();
        Assert.All(exerciseTaking, c => Assert.Equal("exercise", Assert.Single(c.Options).Name));
        Assert.Equal(["history", "howto", "next", "progress", "records"], exerciseTaking.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("entry", Assert.Single(SlashCommands.All.Single(c => c.Name == "log").Options).Name);
        Assert.Equal(definitions.Count, definitions.Select(c => (string)c!["name"]!).Distinct(StringComparer.Ordinal).Count());
    }

    private static JsonElement Data(string name, string options)
    {
        using var document = JsonDocument.Parse($$"""{"id":"100","name":"{{name}}","type":1,"options":{{options}}}""");
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
