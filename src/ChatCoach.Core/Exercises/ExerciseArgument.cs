using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;

namespace ChatCoach.Core.Exercises;

/// <summary>
/// The exercise a command names (<c>/next deadlift</c>, <c>/history dl</c>): the catalog's exercise, a close
/// misspelling of one, or an error reply that says what was wrong, suggests the closest names and shows the example.
/// </summary>
public readonly record struct ExerciseArgument(Exercise? Exercise, Reply? Error)
{
    /// <summary>Reads the argument; <paramref name="required"/> is false for commands where no exercise means "all of them".</summary>
    public static ExerciseArgument Resolve(ExerciseCatalog catalog, string argument, string example, bool required)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return new(null, required ? Replies.Error("Which exercise? Name it after the command.", example) : null);
        }

        if (catalog.FindClose(argument) is { } exercise)
        {
            return new(exercise, null);
        }

        var suggestions = catalog.Suggest(argument);
        var problem = $"I don't know an exercise called \"{Replies.Shorten(argument)}\"";
        return new(null, Replies.Error(
            suggestions.Count == 0 ? problem + "." : $"{problem}. Did you mean {string.Join(" or ", suggestions.Select(s => s.Name))}?",
            example));
    }
}
