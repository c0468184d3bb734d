namespace ChatCoach.Storage;

/// <summary>
/// The few real differences between SQLite and PostgreSQL that the repositories meet. Everything else is the SQL
/// subset both share (ON CONFLICT … DO, RETURNING, explicit columns).
/// </summary>
internal sealed record SqlDialect(string Name, string MigrationsFolder)
{
    public static readonly SqlDialect Sqlite = new("sqlite", "Sqlite");
    public static readonly SqlDialect Postgres = new("postgres", "Postgres");
}
