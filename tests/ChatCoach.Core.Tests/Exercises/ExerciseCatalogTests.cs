using ChatCoach.Core.Exercises;

namespace ChatCoach.Core.Tests.Exercises;

public sealed class ExerciseCatalogTests
{
    private static ExerciseCatalog Catalog => TestCatalog.Instance;

    [Fact]
    public void No_name_or_alias_folds_to_the_same_key_as_another_exercise()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in Catalog.Exercises)
        {
            foreach (var name in exercise.Aliases.Append(exercise.Name).Append(exercise.Id))
            {
                var key = ExerciseNames.Fold(name);
                if (owners.TryGetValue(key, out var owner))
                {
                    Assert.True(owner == exercise.Id, $"'{name}' of {exercise.Id} collides with {owner}");
                }

                owners[key] = exercise.Id;
            }
        }

        Assert.True(owners.Count > Catalog.Exercises.Count);
    }

    [Theory]
    [InlineData("deadlift", "deadlift")]
    [InlineData("DL", "deadlift")]
    [InlineData("Deadlifts", "deadlift")]
    [InlineData("good mornings", "good-morning")]
    [InlineData("hollow-holds", "hollow-hold")]
    [InlineData("leg raises", "double-leg-lift")]
    [InlineData("hypers", "back-extension")]
    [InlineData("hyperextensions", "back-extension")]
    public void Names_aliases_and_plurals_find_the_exercise(string text, string id)
    {
        Assert.Equal(id, Catalog.Find(text)?.Id);
    }

    [Theory]
    [InlineData("RDL", "romanian-deadlift")]
    [InlineData("stiff legged deadlift", "romanian-deadlift")]
    [InlineData("sumo", "sumo-deadlift")]
    [InlineData("hex bar deadlift", "trap-bar-deadlift")]
    [InlineData("tbdl", "trap-bar-deadlift")]
    [InlineData("OHP", "overhead-press")]
    [InlineData("military press", "overhead-press")]
    [InlineData("BP", "bench-press")]
    [InlineData("KB swings", "kettlebell-swing")]
    [InlineData("pullups", "pull-up")]
    [InlineData("pull-ups", "pull-up")]
    [InlineData("chins", "chin-up")]
    [InlineData("press ups", "push-up")]
    [InlineData("bird dogs", "bird-dog")]
    [InlineData("dead bugs", "dead-bug")]
    [InlineData("db row", "dumbbell-row")]
    [InlineData("bent over row", "barbell-row")]
    [InlineData("calf raises", "calf-raise")]
    [InlineData("curls", "bicep-curl")]
    public void The_wider_catalog_answers_to_its_usual_names(string text, string id)
    {
        Assert.Equal(id, Catalog.Find(text)?.Id);
    }

    [Theory]
    [InlineData("row")]
    [InlineData("press")]
    public void Everyday_words_are_not_aliases(string text)
    {
        Assert.Null(Catalog.Find(text));
    }

    [Theory]
    [InlineData("dedlift", "deadlift")]
    [InlineData("hollow hlod", "hollow-hold")]
    [InlineData("good mornign", "good-morning")]
    public void A_close_misspelling_is_matched_by_FindClose_but_not_by_Find(string text, string id)
    {
        Assert.Null(Catalog.Find(text));
        Assert.Equal(id, Catalog.FindClose(text)?.Id);
    }

    [Fact]
    public void Short_unknown_words_are_not_guessed()
    {
        Assert.Null(Catalog.FindClose("dog"));
        Assert.Null(Catalog.FindClose("thanks"));
    }

    [Fact]
    public void Suggestions_put_the_closest_name_first()
    {
        var suggestions = Catalog.Suggest("dedlift");

        Assert.Equal("deadlift", suggestions[0].Id);
    }

    [Fact]
    public void A_sentence_mentioning_an_exercise_is_found_as_whole_words()
    {
        Assert.Equal("deadlift", Catalog.FindMention("my lower back hurts when I deadlift")?.Id);
        Assert.Null(Catalog.FindMention("my lower back hurts"));
        Assert.Null(Catalog.FindMention("my chin hurts"));
        Assert.Equal("chin-up", Catalog.FindMention("my elbow hurts after chin ups")?.Id);
    }

    [Theory]
    [InlineData("Hollow Holds", "hollow hold")]
    [InlineData("push-ups", "push up")]
    [InlineData("  Good   Morning! ", "good morning")]
    [InlineData("bench press", "bench press")]
    public void Fold_lowercases_drops_punctuation_and_plurals(string text, string folded)
    {
        Assert.Equal(folded, ExerciseNames.Fold(text));
    }

    [Theory]
    [InlineData("deadlift", "deadlfit", 1)]
    [InlineData("deadlift", "dedlift", 1)]
    [InlineData("plank", "plank", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, ExerciseNames.Distance(a, b));
    }
}
