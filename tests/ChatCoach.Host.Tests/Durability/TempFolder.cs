using Microsoft.Data.Sqlite;

namespace ChatCoach.Host.Tests.Durability;

/// <summary>A fresh folder under the system temp folder, removed with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create(string prefix)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempFolder(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections keep the database file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
