using System.Globalization;
using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Exercises;

/// <summary>Turns catalog content into how-to, catalog and safety replies.</summary>
public sealed class HowToGuide(ExerciseCatalog catalog)
{
    /// <summary>
    /// The answer to a how-to request, or null when the query names nothing like an exercise and the phrasing was
    /// weak (so the message was probably not a how-to at all).
    /// </summary>
    public Reply? Answer(string query, bool strong)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return strong ? AskWhich() : null;
        }

        // A weak phrasing ("what's a …", a bare word) is only a how-to when it names an exercise; otherwise it is chatter
        // and must not earn a "did you mean" for "thanks".
        var exercise = catalog.Find(query) ?? (strong ? null : catalog.FindClose(query));
        if (exercise is not null)
        {
            return Guide(exercise);
        }

        return strong ? DidYouMean(query, catalog.Suggest(query)) : null;
    }

    public Reply Guide(Exercise e)
    {
        var b = new ReplyBuilder(ReplyKind.HowTo)
            .Title($"{e.Name} ({e.Level})")
            .Line(e.Summary);
        if (e.Muscles.Count > 0 || e.Equipment.Count > 0)
        {
            b.Line($"Works: {string.Join(", ", e.Muscles)}. Equipment: {string.Join(", ", e.Equipment)}.");
        }

        if (e.Steps.Count > 0)
        {
            b.Line("How to do it:").Steps(e.Steps);
        }

        b.Section("Cues:", [.. e.Cues])
         .Section("Common mistakes:", [.. e.Mistakes]);
        if (e.Safety.Count > 0)
        {
            b.Line("Safety:").Bullets(e.Safety);
        }

        b.Section("Easier:", [.. e.Easier])
         .Section("Harder:", [.. e.Harder]);
        if (e.Progression?.FirstSession is { } first)
        {
            b.Emphasis(first);
        }

        return b.Build() with { ExerciseId = e.Id };
    }

    public Reply Catalog()
    {
        var b = new ReplyBuilder(ReplyKind.Exercises).Title("Exercises by body region");
        var byRegion = catalog.Exercises
            .GroupBy(e => e.Regions[0], StringComparer.Ordinal)
            .OrderBy(g => RegionOrder(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byRegion)
        {
            b.Line(RegionName(group.Key) + ":")
             .Bullets(group.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Aliases.Count > 0 ? $"{e.Name} ({e.Aliases[0]})" : e.Name));
        }

        return b.Line("Ask for any of them: /howto deadlift").Build();
    }

    public Reply Tips()
    {
        var b = new ReplyBuilder(ReplyKind.Help).Title("Coaching tips for a strong lower back");
        b.Bullets(catalog.Tips.Select(t => $"{t.Title}: {t.Text}"));
        return b.Build();
    }

    /// <summary>The safety reply for a mention of pain: stop, the form points that matter, see a professional.</summary>
    public Reply Safety(Exercise? exercise)
    {
        var b = new ReplyBuilder(ReplyKind.Safety)
            .Title("Stop and look after your back")
            .Emphasis(exercise is null ? "Stop the movement that hurts for today." : $"Stop doing the {exercise.Name.ToLowerInvariant()} for today.");
        b.Line("Training should make your muscles work, never hurt. Pain usually means the form is off or something needs care.");
        if (exercise is not null)
        {
            var points = exercise.Cues.Concat(exercise.Safety).Distinct(StringComparer.Ordinal).Take(6).ToList();
            if (points.Count == 0)
            {
                points.Add(exercise.Summary);
            }

            b.Section($"Form points that matter for the {exercise.Name.ToLowerInvariant()}:", points);
        }

        b.Line("Please see a physician or a physical therapist before you train it again, and at once if the pain is sharp, lasts, or runs down a leg.");
        return b.Build() with { ExerciseId = exercise?.Id };
    }

    private static Reply DidYouMean(string query, IReadOnlyList<Exercise> suggestions)
    {
        var shown = query.Length > 40 ? query[..40] + "…" : query;
        if (suggestions.Count == 0)
        {
            return new ReplyBuilder(ReplyKind.Error)
                .Line($"I don't know an exercise called \"{shown}\" yet.")
                .Line("See /exercises for the full list, then ask for one like this: /howto deadlift")
                .Build();
        }

        return new ReplyBuilder(ReplyKind.Error)
            .Line($"I don't know an exercise called \"{shown}\". Did you mean:")
            .Bullets(suggestions.Select(s => s.Name))
            .Line($"Ask like this: /howto {suggestions[0].Id}")
            .Build() with
        {
            Actions = [.. suggestions.Select(s => new ReplyAction(s.Name, $"/howto {s.Id}"))],
        };
    }

    private static Reply AskWhich() =>
        new ReplyBuilder(ReplyKind.Error)
            .Line("Which exercise? Name one after the command, for example: /howto deadlift")
            .Line("/exercises lists them all.")
            .Build();

    private static int RegionOrder(string region) => region switch
    {
        "lower-back" => 0,
        "core" => 1,
        "glutes" => 2,
        "hamstrings" => 3,
        "legs" => 4,
        _ => 5,
    };

    /// <summary>"lower-back" → "Lower back".</summary>
    public static string RegionName(string region)
    {
        var words = region.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
