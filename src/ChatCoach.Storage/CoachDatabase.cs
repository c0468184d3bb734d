using System.Data.Common;

namespace ChatCoach.Storage;

/// <summary>A database the coach can open connections to, in one dialect.</summary>
internal abstract class CoachDatabase
{
    public abstract SqlDialect Dialect { get; }

    /// <summary>A display form of where the data lives, without credentials.</summary>
    public abstract string Describe();

    /// <summary>An open connection, set up with the per-connection settings the dialect needs.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Creates what must exist before the first connection (a folder, journal mode).</summary>
    public abstract Task PrepareAsync(CancellationToken ct);
}
