using System.Data.Common;

namespace ChatCoach.Storage;

/// <summary>A database the coach can open connections to, in one dialect.</summary>
internal abstract class CoachDatabase
{
    public abstract SqlDialect Dialect { get; }

    /// <summary>A display form of where the data lives, without credentials.</summary>
    public abstract string Describe();

    /// <summary>An open connection, set up with the per-connection settings the dialect needs; the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Creates what must exist before the first connection (a folder, journal mode).</summary>
    public abstract Task PrepareAsync(CancellationToken ct);

    /// <summary>
    /// A connection lent to one session, given back with <see cref="ReturnAsync"/>. A dialect that keeps its own open
    /// connections hands them out with their compiled commands; by default it is a plain open, without a command cache.
    /// </summary>
    public virtual async Task<LentConnection> RentAsync(CancellationToken ct) => new(await OpenAsync(ct), Commands: null, Known: null);

    /// <summary>Takes a lent connection back. <paramref name="reusable"/> is false when its session may have left it in a bad state.</summary>
    public virtual ValueTask ReturnAsync(LentConnection lent, bool reusable) => lent.Connection.DisposeAsync();
}

/// <summary>
/// An open connection lent to one session, the commands already compiled on it and what it knows of the data (null:
/// none are kept).
/// </summary>
internal sealed record LentConnection(DbConnection Connection, Dictionary<string, DbCommand>? Commands, KnownData? Known);
