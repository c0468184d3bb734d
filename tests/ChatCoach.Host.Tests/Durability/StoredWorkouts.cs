using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Host.Tests.Durability;

/// <summary>
/// What a coach database file holds, read directly with SQLite rather than through the coach's own store, together
/// with SQLite's own verdict on the file.
/// </summary>
internal sealed record StoredWorkouts(
    IReadOnlyList<StoredSet> Sets,
    long Logs,
    long LogsWithoutSets,
    long LogsWithoutTheirMessage,
    long Users,
    string IntegrityCheck,
    long ForeignKeyViolations)
{
    private const string SelectSets = """
        SELECT log_id, user_id, exercise_id, reps, weight, unit, training_date
        FROM workout_sets
        ORDER BY id
        """;

    private const string CountLogsWithoutSets = """
        SELECT COUNT(*) FROM workout_logs l
        WHERE NOT EXISTS (SELECT 1 FROM workout_sets s WHERE s.log_id = l.id)
        """;

    // A log and the record that its message was handled are written in one transaction: one never exists alone.
    private const string CountLogsWithoutTheirMessage = """
        SELECT COUNT(*) FROM workout_logs l
        WHERE NOT EXISTS (
          SELECT 1 FROM inbound_messages m
          WHERE m.platform = l.platform AND m.chat_id = l.chat_id AND m.delivery_key = l.source_message_id)
        """;

    public static async Task<StoredWorkouts> ReadAsync(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var sets = new List<StoredSet>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = SelectSets;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sets.Add(new StoredSet(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.GetInt32(3),
                    (decimal)reader.GetDouble(4),
                    reader.GetString(5),
                    reader.GetString(6)));
            }
        }

        return new StoredWorkouts(
            sets,
            await ScalarAsync(connection, "SELECT COUNT(*) FROM workout_logs"),
            await ScalarAsync(connection, CountLogsWithoutSets),
            await ScalarAsync(connection, CountLogsWithoutTheirMessage),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM users"),
            await TextAsync(connection, "PRAGMA integrity_check"),
            await RowsAsync(connection, "PRAGMA foreign_key_check"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> TextAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static async Task<long> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = 0L;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }
}
