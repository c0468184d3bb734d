using ChatCoach.Core.Exercises;

namespace ChatCoach.Core.Tests;

/// <summary>The real seed catalog, loaded once from the seeds copied beside the tests.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<ExerciseCatalog> Loaded = new(() => SeedLoader.Load(SeedsPath));

    public static string SeedsPath => SeedsLocator.Resolve("seeds");

    public static ExerciseCatalog Instance => Loaded.Value;
}
