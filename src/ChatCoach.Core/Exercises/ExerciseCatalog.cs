using System.Collections.Frozen;

namespace ChatCoach.Core.Exercises;

/// <summary>
/// The exercises and coaching tips loaded from seeds, with lookup by id, name or alias, close-misspelling matching
/// and "did you mean" suggestions.
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly FrozenDictionary<string, Exercise> _byId;
    private readonly FrozenDictionary<string, Exercise> _byName;
    private readonly (string Key, Exercise Exercise)[] _names;

    public ExerciseCatalog(IEnumerable<Exercise> exercises, IEnumerable<CoachingTip> tips)
    {
        Exercises = [.. exercises];
        Tips = [.. tips];
        _byId = Exercises.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);

        var byName = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        foreach (var exercise in Exercises)
        {
            foreach (var key in KeysOf(exercise))
            {
                if (byName.TryGetValue(key, out var other) && other.Id != exercise.Id)
                {
                    throw new SeedException($"the name or alias '{key}' belongs to both '{other.Id}' and '{exercise.Id}'");
                }

                byName[key] = exercise;
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _names = [.. byName.Select(kv => (kv.Key, kv.Value)).OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)];
        MaxNameWords = _names.Length == 0 ? 0 : _names.Max(n => n.Key.Count(c => c == ' ') + 1);
    }

    public IReadOnlyList<Exercise> Exercises { get; }

    public IReadOnlyList<CoachingTip> Tips { get; }

    /// <summary>Every folded name and alias with its exercise, longest first (so "romanian deadlift" wins over "deadlift").</summary>
    public IReadOnlyList<(string Key, Exercise Exercise)> Names => _names;

    /// <summary>The most words any name or alias has; a parser need not look at longer phrases.</summary>
    public int MaxNameWords { get; }

    public Exercise? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The exercise whose id, name or alias folds to the same text, or null.</summary>
    public Exercise? Find(string text)
    {
        var folded = ExerciseNames.Fold(text);
        return folded.Length == 0 ? null : _byName.GetValueOrDefault(folded) ?? _byId.GetValueOrDefault(text.Trim().ToLowerInvariant());
    }

    /// <summary>
    /// An exact match, or else the one catalog name within a small edit distance ("deadlfit"); null when none or
    /// when two are equally close.
    /// </summary>
    public Exercise? FindClose(string text)
    {
        var exact = Find(text);
        if (exact is not null)
        {
            return exact;
        }

        var folded = ExerciseNames.Fold(text);
        var allowed = AllowedTypos(folded.Length);
        if (allowed == 0)
        {
            return null;
        }

        Exercise? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var (key, exercise) in _names)
        {
            if (Math.Abs(key.Length - folded.Length) > allowed)
            {
                continue;
            }

            var d = ExerciseNames.Distance(folded, key);
            if (d > allowed)
            {
                continue;
            }

            if (d < bestDistance)
            {
                (best, bestDistance, tie) = (exercise, d, false);
            }
            else if (d == bestDistance && best!.Id != exercise.Id)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>
    /// Body parts that are also one-word aliases ("chins" folds to "chin"): in a sentence about pain they name the body,
    /// not the exercise, so "my chin hurts" is not about chin-ups.
    /// </summary>
    private static readonly FrozenSet<string> BodyParts = FrozenSet.ToFrozenSet(
        ["chin", "calf", "hip", "back", "neck", "knee", "core", "chest", "arm", "leg", "shoulder", "wrist", "elbow", "ankle", "glute", "ab"],
        StringComparer.Ordinal);

    /// <summary>The exercise named anywhere in a sentence as whole words, longest name first ("my deadlift hurts").</summary>
    public Exercise? FindMention(string text)
    {
        var folded = $" {ExerciseNames.Fold(text)} ";
        foreach (var (key, exercise) in _names)
        {
            if (!BodyParts.Contains(key) && folded.Contains($" {key} ", StringComparison.Ordinal))
            {
                return exercise;
            }
        }

        return null;
    }

    /// <summary>Up to <paramref name="max"/> exercises whose names are close to the text or share a word with it.</summary>
    public IReadOnlyList<Exercise> Suggest(string text, int max = 3)
    {
        var folded = ExerciseNames.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var words = folded.Split(' ');
        var scored = new Dictionary<string, (Exercise Exercise, double Score)>(StringComparer.Ordinal);
        foreach (var (key, exercise) in _names)
        {
            var d = ExerciseNames.Distance(folded, key);
            var score = (double)d / Math.Max(folded.Length, key.Length);
            if (words.Any(w => w.Length >= 3 && key.Split(' ').Contains(w, StringComparer.Ordinal)))
            {
                score = Math.Min(score, 0.45);
            }

            if (score <= 0.5 && (!scored.TryGetValue(exercise.Id, out var seen) || score < seen.Score))
            {
                scored[exercise.Id] = (exercise, score);
            }
        }

        return [.. scored.Values.OrderBy(s => s.Score).ThenBy(s => s.Exercise.Id, StringComparer.Ordinal).Take(max).Select(s => s.Exercise)];
    }

    private static int AllowedTypos(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    private static IEnumerable<string> KeysOf(Exercise exercise) =>
        new[] { exercise.Id, exercise.Name }.Concat(exercise.Aliases).Select(ExerciseNames.Fold).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
}
