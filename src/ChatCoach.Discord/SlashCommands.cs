using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Core.Exercises;

namespace ChatCoach.Discord;

/// <summary>
/// The slash commands the coach registers, and their translation back into the text commands the core reads
/// (<c>/howto exercise:deadlift</c> → <c>/howto deadlift</c>). Every option that takes an exercise is named
/// <c>exercise</c> and autocompletes from the catalog; the one that takes set notation is <c>entry</c>.
/// </summary>
internal sealed class SlashCommands(ExerciseCatalog catalog)
{
    /// <summary>Discord's most choices per autocomplete answer.</summary>
    public const int MaxChoices = 25;

    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int BooleanOption = 5;

    public static readonly IReadOnlyList<Command> All =
    [
        new("howto", "How to do an exercise, step by step", [ExerciseOption(required: true)]),
        new("log", "Log what you did, e.g. deadlift 3x5 100kg", [new("entry", "What you did, e.g. deadlift 3x5 100kg", StringOption, Required: true)]),
        new("undo", "Take back your last log", []),
        new("history", "Your recent training, or one exercise's", [ExerciseOption(required: false)]),
        new("records", "Your personal records, or one exercise's", [ExerciseOption(required: false)]),
        new("progress", "A chart of your progress on an exercise", [ExerciseOption(required: true)]),
        new("stats", "Your training this week or month", [new("period", "Which period", StringOption, Required: false, Choices: ["week", "month"])]),
        new("export", "Your training log as a CSV file", []),
        new("help", "What the coach can do", []),
        new("today", "Is your lower back due for a rest day?", []),
        new("next", "What to lift next session on an exercise, and why", [ExerciseOption(required: true)]),
        new("forget", "Erase everything the coach knows about you", [new("confirm", "True to erase now; without it the coach asks first", BooleanOption, Required: false)]),
        new("units", "Log in kg or lb", [new("unit", "kg or lb", StringOption, Required: true, Choices: ["kg", "lb"])]),
        new("timezone", "Your timezone, e.g. Europe/Berlin", [new("zone", "An IANA timezone such as Europe/Berlin", StringOption, Required: true)]),
        new("tips", "Training advice", []),
        new("exercises", "Every exercise the coach knows", []),
        new("settings", "Your settings, or in a server the group's (admins change them)", [new("setting", "For admins: e.g. timezone Europe/Berlin, digest sunday 18:00", StringOption, Required: false)]),
        new("checkin", "Count a session without logging sets", []),
        new("accountability", "Turn group accountability on or off (admins)", [OnOff()], GroupOnly: true),
        new("join", "Join this group's accountability", [new("goal", "Sessions per week (default 3)", IntegerOption, Required: false, Min: 1, Max: 14)], GroupOnly: true),
        new("leave", "Leave this group's accountability", [], GroupOnly: true),
        new("goal", "Your weekly training goal in this group", [new("sessions", "Sessions per week", IntegerOption, Required: true, Min: 1, Max: 14)], GroupOnly: true),
        new("share", "Show your weights in your logs here", [OnOff()], GroupOnly: true),
        new("remind", "A midweek nudge when you're behind your goal", [OnOff()], GroupOnly: true),
        new("streak", "Your training streak in this group", [], GroupOnly: true),
        new("board", "This group's board", [], GroupOnly: true),
    ];

    /// <summary>The bulk-overwrite body. <c>contexts</c> is accepted only globally: group commands then stay out of DMs.</summary>
    public static JsonArray Definitions(bool global)
    {
        var array = new JsonArray();
        foreach (var command in All)
        {
            var options = new JsonArray();
            foreach (var o in command.Options)
            {
                var option = new JsonObject
                {
                    ["name"] = o.Name,
                    ["description"] = o.Description,
                    ["type"] = o.Type,
                    ["required"] = o.Required,
                };
                if (o.Autocomplete)
                {
                    option["autocomplete"] = true;
                }

                if (o.Choices is { } choices)
                {
                    option["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })]);
                }

                if (o.Min is { } min)
                {
                    option["min_value"] = min;
                }

                if (o.Max is { } max)
                {
                    option["max_value"] = max;
                }

                options.Add(option);
            }

            var definition = new JsonObject
            {
                ["name"] = command.Name,
                ["type"] = 1,
                ["description"] = command.Description,
                ["options"] = options,
            };
            if (global)
            {
                definition["contexts"] = command.GroupOnly ? new JsonArray(0) : new JsonArray(0, 1);
            }

            array.Add(definition);
        }

        return array;
    }

    /// <summary>The text command an application command stands for: "/" + name + the option values in declared order.</summary>
    public static string ToText(JsonElement data)
    {
        var name = data.GetProperty("name").GetString() ?? string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in options.EnumerateArray())
            {
                if (option.TryGetProperty("value", out var value))
                {
                    var optionName = option.GetProperty("name").GetString()!;

                    // A true boolean stands for the word it is named after (/forget confirm:True → /forget confirm).
                    values[optionName] = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString()!,
                        JsonValueKind.True => optionName,
                        JsonValueKind.False => string.Empty,
                        _ => value.GetRawText(),
                    };
                }
            }
        }

        var text = new StringBuilder("/").Append(name.ToLowerInvariant());
        var declared = All.FirstOrDefault(c => c.Name == name)?.Options.Select(o => o.Name) ?? values.Keys;
        foreach (var option in declared)
        {
            if (values.TryGetValue(option, out var value) && value.Trim() is { Length: > 0 } trimmed)
            {
                // Option values are one line; a stray newline would start a second message in the core's eyes.
                text.Append(' ').Append(trimmed.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }

    /// <summary>Up to 25 exercises whose name, id or alias starts with (then contains) what is typed.</summary>
    public IReadOnlyList<(string Name, string Value)> Complete(string typed)
    {
        var folded = ExerciseNames.Fold(typed);
        var ranked = catalog.Names
            .Select(n => (n.Exercise, Rank: folded.Length == 0 ? 0 : n.Key.StartsWith(folded, StringComparison.Ordinal) ? 0 : n.Key.Contains(folded, StringComparison.Ordinal) ? 1 : -1))
            .Where(x => x.Rank >= 0)
            .GroupBy(x => x.Exercise.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Exercise, Rank: g.Min(x => x.Rank)))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Exercise.Name, StringComparer.Ordinal)
            .Take(MaxChoices);
        return [.. ranked.Select(x => (Truncate(x.Exercise.Name), x.Exercise.Id))];
    }

    /// <summary>The value typed so far in the focused option of an autocomplete interaction.</summary>
    public static string FocusedValue(JsonElement data)
    {
        if (data.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in options.EnumerateArray())
            {
                if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True && option.TryGetProperty("value", out var v))
                {
                    return v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
                }
            }
        }

        return string.Empty;
    }

    private static Option ExerciseOption(bool required) => new("exercise", "An exercise, e.g. deadlift", StringOption, required, Autocomplete: true);

    private static Option OnOff() => new("state", "on or off", StringOption, Required: true, Choices: ["on", "off"]);

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100];

    /// <summary>A chat-input command; <paramref name="GroupOnly"/> ones make sense only in a server channel.</summary>
    internal sealed record Command(string Name, string Description, IReadOnlyList<Option> Options, bool GroupOnly = false);

    /// <summary>A command option (type 3 string, 4 integer, 5 boolean).</summary>
    internal sealed record Option(string Name, string Description, int Type, bool Required, bool Autocomplete = false, IReadOnlyList<string>? Choices = null, int? Min = null, int? Max = null);
}
