namespace ChatCoach.Core.Exercises;

/// <summary>Finds the seeds folder: as configured when absolute, else under the working directory, else beside the program.</summary>
public static class SeedsLocator
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        // `dotnet run` from another folder, or an installed binary: the build copies seeds/ beside the program.
        return Path.Combine(AppContext.BaseDirectory, configured);
    }
}
