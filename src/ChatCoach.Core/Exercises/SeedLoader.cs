using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatCoach.Core.Exercises;

/// <summary>
/// Reads and validates the seed content: every <c>exercises/*.json</c> file and <c>coaching.json</c> under the seeds
/// folder. Any problem is a <see cref="SeedException"/> whose message names the file and the entry.
/// </summary>
public static partial class SeedLoader
{
    private static readonly string[] Levels = ["beginner", "intermediate", "advanced"];
    private static readonly string[] Categories = ["compound", "isolation", "core"];
    private static readonly string[] ProgressionKinds = ["load", "hold", "reps"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field name is a silent loss of content; refuse it instead.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ExerciseCatalog Load(string seedsDirectory)
    {
        var exercisesDir = Path.Combine(seedsDirectory, "exercises");
        if (!Directory.Exists(exercisesDir))
        {
            throw new SeedException($"seeds: no folder '{exercisesDir}' (set Coach:SeedsPath to the seeds folder)");
        }

        var exercises = new List<Exercise>();
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(exercisesDir, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var exercise in ReadExercises(file, seedsDirectory))
            {
                if (seenIds.TryGetValue(exercise.Id, out var otherFile))
                {
                    throw new SeedException($"{Relative(file, seedsDirectory)}: exercise '{exercise.Id}' is also defined in {otherFile}");
                }

                seenIds[exercise.Id] = Relative(file, seedsDirectory);
                exercises.Add(exercise);
            }
        }

        if (exercises.Count == 0)
        {
            throw new SeedException($"seeds: '{exercisesDir}' holds no exercises");
        }

        var coachingFile = Path.Combine(seedsDirectory, "coaching.json");
        var tips = File.Exists(coachingFile) ? ReadTips(coachingFile, seedsDirectory) : [];
        try
        {
            return new ExerciseCatalog(exercises, tips);
        }
        catch (SeedException e)
        {
            throw new SeedException($"{Relative(exercisesDir, seedsDirectory)}: {e.Message}", e);
        }
    }

    private static List<Exercise> ReadExercises(string file, string root)
    {
        var name = Relative(file, root);
        var list = new List<Exercise>();
        foreach (var (element, index) in Entries(file, name, "exercises"))
        {
            var label = EntryLabel(element, index);
            Exercise exercise;
            try
            {
                exercise = element.Deserialize<Exercise>(Json) ?? throw new SeedException($"{name}: {label} is null");
            }
            catch (JsonException e)
            {
                throw new SeedException($"{name}: {label}: {Describe(e)}", e);
            }

            foreach (var problem in Problems(exercise))
            {
                throw new SeedException($"{name}: {label}: {problem}");
            }

            list.Add(exercise);
        }

        return list;
    }

    private static List<CoachingTip> ReadTips(string file, string root)
    {
        var name = Relative(file, root);
        var list = new List<CoachingTip>();
        foreach (var (element, index) in Entries(file, name, "tips"))
        {
            var label = EntryLabel(element, index);
            try
            {
                var tip = element.Deserialize<CoachingTip>(Json) ?? throw new SeedException($"{name}: {label} is null");
                if (!IsKebab(tip.Id) || string.IsNullOrWhiteSpace(tip.Title) || string.IsNullOrWhiteSpace(tip.Text))
                {
                    throw new SeedException($"{name}: {label}: a tip needs a kebab-case id, a title and a text");
                }

                list.Add(tip);
            }
            catch (JsonException e)
            {
                throw new SeedException($"{name}: {label}: {Describe(e)}", e);
            }
        }

        return list;
    }

    private static IEnumerable<(JsonElement Element, int Index)> Entries(string file, string name, string property)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SeedException($"{name}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty(property, out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                throw new SeedException($"{name}: expected an object with an array \"{property}\"");
            }

            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                yield return (element.Clone(), i++);
            }
        }
    }

    private static string EntryLabel(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $"entry {index} ('{id.GetString()}')"
            : $"entry {index}";

    /// <summary>Every rule an exercise breaks, in words that say how to fix it.</summary>
    internal static IEnumerable<string> Problems(Exercise e)
    {
        if (!IsKebab(e.Id))
        {
            yield return $"id '{e.Id}' must be kebab-case (lower-case words joined by '-')";
        }

        if (string.IsNullOrWhiteSpace(e.Name))
        {
            yield return "name is empty";
        }

        if (!Levels.Contains(e.Level, StringComparer.Ordinal))
        {
            yield return $"level '{e.Level}' must be one of {string.Join(", ", Levels)}";
        }

        if (!Categories.Contains(e.Category, StringComparer.Ordinal))
        {
            yield return $"category '{e.Category}' must be one of {string.Join(", ", Categories)}";
        }

        if (e.Regions.Count == 0 || e.Regions.Any(r => !IsKebab(r)))
        {
            yield return "regions must list at least one kebab-case body region, such as lower-back or core";
        }

        if (string.IsNullOrWhiteSpace(e.Summary))
        {
            yield return "summary is empty";
        }

        if (e.Aliases.Any(string.IsNullOrWhiteSpace))
        {
            yield return "aliases contains an empty alias";
        }

        var guideParts = new[] { e.Steps.Count, e.Cues.Count, e.Mistakes.Count, e.Safety.Count };
        if (guideParts.Any(c => c > 0) && guideParts.Any(c => c == 0))
        {
            yield return "a full guide needs all of steps, cues, mistakes and safety (or none of them for a short guide)";
        }

        if (e.Progression is { } p)
        {
            if (!ProgressionKinds.Contains(p.Kind, StringComparer.Ordinal))
            {
                yield return $"progression.kind '{p.Kind}' must be one of {string.Join(", ", ProgressionKinds)}";
            }

            if (p.RepRange is { } reps && (reps.Count != 2 || reps[0] < 1 || reps[0] > reps[1]))
            {
                yield return "progression.repRange must be [low, high] with 1 <= low <= high";
            }

            if (p.HoldRange is { } hold && (hold.Count != 2 || hold[0] < 1 || hold[0] > hold[1]))
            {
                yield return "progression.holdRange must be [low, high] seconds with 1 <= low <= high";
            }

            if (p.Kind == "load" && (p.LoadStepKg is not > 0 || p.LoadStepLb is not > 0 || p.RepRange is null))
            {
                yield return "a load progression needs loadStepKg, loadStepLb and repRange";
            }

            if (p.Kind == "hold" && (p.HoldRange is null || p.HoldStepSeconds is not > 0))
            {
                yield return "a hold progression needs holdRange and holdStepSeconds";
            }

            if (p.Kind == "reps" && p.RepRange is null)
            {
                yield return "a reps progression needs repRange";
            }
        }
    }

    private static bool IsKebab(string? s) => s is not null && KebabPattern().IsMatch(s);

    private static string Describe(JsonException e) =>
        e.Message.Contains("missing required properties", StringComparison.Ordinal) || e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? e.Message.Split(". Path:", 2)[0]
            : $"{e.Message} ({e.Path})";

    private static string Relative(string path, string root) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), Path.GetRelativePath(root, path));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabPattern();
}
