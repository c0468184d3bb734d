using ChatCoach.Core.Exercises;

namespace ChatCoach.Core.Tests.Exercises;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "chatcoach-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedLoaderTests() => Directory.CreateDirectory(Path.Combine(_root, "exercises"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_shipped_seeds_load_with_the_five_article_exercises_and_the_advice()
    {
        var catalog = TestCatalog.Instance;

        foreach (var id in new[] { "deadlift", "good-morning", "hollow-hold", "double-leg-lift", "back-extension" })
        {
            var exercise = catalog.ById(id);
            Assert.NotNull(exercise);
            Assert.True(exercise.HasFullGuide, $"{id} needs a full guide");
        }

        Assert.Contains(catalog.Tips, t => t.Id == "nonconsecutive-days");
        Assert.Contains(catalog.Tips, t => t.Id == "start-slow");
        Assert.Contains(catalog.Tips, t => t.Id == "form-first");
    }

    [Fact]
    public void Lower_back_is_loaded_by_the_hinges_but_not_by_the_core_holds()
    {
        var catalog = TestCatalog.Instance;

        Assert.True(catalog.ById("deadlift")!.Loads("lower-back"));
        Assert.True(catalog.ById("good-morning")!.Loads("lower-back"));
        Assert.True(catalog.ById("back-extension")!.Loads("lower-back"));
        Assert.False(catalog.ById("hollow-hold")!.Loads("lower-back"));
        Assert.False(catalog.ById("double-leg-lift")!.Loads("lower-back"));
    }

    [Theory]
    [InlineData("romanian-deadlift", true)]
    [InlineData("sumo-deadlift", true)]
    [InlineData("trap-bar-deadlift", true)]
    [InlineData("squat", true)]
    [InlineData("front-squat", true)]
    [InlineData("barbell-row", true)]
    [InlineData("kettlebell-swing", true)]
    [InlineData("superman", true)]
    [InlineData("hip-thrust", false)]
    [InlineData("glute-bridge", false)]
    [InlineData("plank", false)]
    [InlineData("side-plank", false)]
    [InlineData("dead-bug", false)]
    [InlineData("bird-dog", false)]
    [InlineData("dumbbell-row", false)]
    public void Lower_back_is_listed_only_where_the_movement_loads_it(string id, bool loads)
    {
        Assert.Equal(loads, TestCatalog.Instance.ById(id)!.Loads("lower-back"));
    }

    [Theory]
    [InlineData("bird-dog")]
    [InlineData("dead-bug")]
    [InlineData("side-plank")]
    [InlineData("plank")]
    [InlineData("glute-bridge")]
    [InlineData("superman")]
    [InlineData("romanian-deadlift")]
    [InlineData("kettlebell-swing")]
    [InlineData("hip-thrust")]
    public void The_back_friendly_exercises_have_full_guides(string id)
    {
        var exercise = TestCatalog.Instance.ById(id)!;

        Assert.True(exercise.HasFullGuide, $"{id} needs a full guide");
        Assert.NotEmpty(exercise.Easier);
        Assert.NotEmpty(exercise.Harder);
    }

    [Fact]
    public void A_missing_required_field_names_the_file_and_the_entry()
    {
        Write("broken.json", """{ "exercises": [ { "id": "zercher-squat", "level": "advanced", "category": "compound", "regions": ["legs"], "summary": "x" } ] }""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("entry 0 ('zercher-squat')", error.Message, StringComparison.Ordinal);
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_silently_dropped()
    {
        Write("typo.json", """{ "exercises": [ { "id": "a-b", "name": "A", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x", "stpes": ["one"] } ] }""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.Contains("typo.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("stpes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "Bad Id", "name": "A", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x" }""", "kebab-case")]
    [InlineData("""{ "id": "a", "name": "A", "level": "expert", "category": "core", "regions": ["core"], "summary": "x" }""", "level 'expert'")]
    [InlineData("""{ "id": "a", "name": "A", "level": "beginner", "category": "core", "regions": [], "summary": "x" }""", "regions")]
    [InlineData("""{ "id": "a", "name": "A", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x", "steps": ["s"] }""", "full guide")]
    [InlineData("""{ "id": "a", "name": "A", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x", "progression": { "kind": "load", "repRange": [6, 3] } }""", "repRange")]
    public void Each_rule_names_the_entry_and_what_to_fix(string entry, string expected)
    {
        Write("rules.json", $$"""{ "exercises": [ {{entry}} ] }""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.StartsWith(Path.Combine(Path.GetFileName(_root), "exercises", "rules.json") + ": entry 0", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        Write("bad.json", "{ \"exercises\": [\n  { \"id\": \"a\",\n  ]\n}");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_shared_by_two_exercises_is_refused_naming_both()
    {
        Write("a.json", """{ "exercises": [ { "id": "one", "name": "One", "aliases": ["dl"], "level": "beginner", "category": "core", "regions": ["core"], "summary": "x" } ] }""");
        Write("b.json", """{ "exercises": [ { "id": "two", "name": "Two", "aliases": ["DL"], "level": "beginner", "category": "core", "regions": ["core"], "summary": "x" } ] }""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.Contains("'one'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'two'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_id_in_two_files_is_refused()
    {
        Write("a.json", """{ "exercises": [ { "id": "one", "name": "One", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x" } ] }""");
        Write("b.json", """{ "exercises": [ { "id": "one", "name": "Uno", "level": "beginner", "category": "core", "regions": ["core"], "summary": "x" } ] }""");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(_root));

        Assert.Contains("b.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("also defined in", error.Message, StringComparison.Ordinal);
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_root, "exercises", name), json);
}
