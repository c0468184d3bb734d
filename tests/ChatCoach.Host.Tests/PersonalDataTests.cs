using System.Text;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Tests.Workouts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary><c>/export</c> and <c>/forget</c> on a real SQLite file, checked by reading that file.</summary>
public sealed class PersonalDataTests
{
    private static readonly ChatAddress Gym = new(ChatPlatform.Terminal, "gym", IsGroup: true);

    /// <summary>The tables that hold no <c>user_id</c> column, and how this test checks each for a forgotten user.</summary>
    private static readonly string[] TablesWithoutUserId =
        ["chat_groups", "chats", "delivered_replies", "group_job_claims", "schema_migrations", "sqlite_sequence", "users"];

    [Fact]
    public async Task Export_is_a_csv_of_exactly_the_sets_that_were_logged()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-16T18:00");
        await chat.Send("ana", "deadlift 3x5 100kg");
        chat.Clock.Advance(TimeSpan.FromDays(2));
        await chat.Send("ana", "deadlift 3x5 102.5kg @8, 1x3 110kg rpe 9.5");
        await chat.Send("ana", "hollow hold 2x30s");
        await chat.Send("ana", "squat 2x8 135lb");

        var export = Assert.Single(await chat.Send("ana", "/export"));

        Assert.Equal(ReplyKind.Export, export.Kind);
        Assert.Equal("Here is everything you logged: 11 sets over 2 training days, one row per set.", export.ToPlainText());
        var attachment = export.Attachment!;
        Assert.Equal("chatcoach-export.csv", attachment.FileName);
        Assert.Equal("text/csv", attachment.ContentType);
        string[][] expected =
        [
            ["date", "exercise_id", "exercise_name", "set_number", "weight", "unit", "reps", "seconds", "rpe"],
            ["2026-11-16", "deadlift", "Deadlift", "1", "100", "kg", "5", "", ""],
            ["2026-11-16", "deadlift", "Deadlift", "2", "100", "kg", "5", "", ""],
            ["2026-11-16", "deadlift", "Deadlift", "3", "100", "kg", "5", "", ""],
            ["2026-11-18", "deadlift", "Deadlift", "1", "102.5", "kg", "5", "", "8"],
            ["2026-11-18", "deadlift", "Deadlift", "2", "102.5", "kg", "5", "", "8"],
            ["2026-11-18", "deadlift", "Deadlift", "3", "102.5", "kg", "5", "", "8"],
            ["2026-11-18", "deadlift", "Deadlift", "4", "110", "kg", "3", "", "9.5"],
            ["2026-11-18", "hollow-hold", "Hollow hold", "1", "", "", "", "30", ""],
            ["2026-11-18", "hollow-hold", "Hollow hold", "2", "", "", "", "30", ""],
            ["2026-11-18", "squat", "Squat", "1", "135", "lb", "8", "", ""],
            ["2026-11-18", "squat", "Squat", "2", "135", "lb", "8", "", ""],
        ];
        Assert.Equal(expected, Csv(export));
    }

    [Fact]
    public async Task Another_users_sets_never_appear_in_an_export()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-16T18:00");
        await chat.Send("ana", "deadlift 3x5 100kg");
        await chat.Send("bob", "squat 5x5 80kg");
        await chat.SendInGroup("gym", "bob", "plank 3x60s", addressed: true);
        await chat.SendInGroup("gym", "ana", "hollow hold 2x30s", addressed: true);

        var anas = Csv(Assert.Single(await chat.Send("ana", "/export")));
        var bobs = Csv(Assert.Single(await chat.Send("bob", "/export")));

        Assert.Equal(["deadlift", "deadlift", "deadlift", "hollow-hold", "hollow-hold"], anas.Skip(1).Select(row => row[1]));
        Assert.Equal([.. Enumerable.Repeat("squat", 5), "plank", "plank", "plank"], bobs.Skip(1).Select(row => row[1]));
    }

    [Fact]
    public async Task Export_with_nothing_logged_is_just_the_header()
    {
        await using var chat = await TestChat.StartAsync();

        var export = Assert.Single(await chat.Send("ana", "/export"));

        Assert.Equal(ReplyKind.Export, export.Kind);
        Assert.Single(Csv(export));
    }

    [Fact]
    public async Task Forget_alone_deletes_nothing_and_offers_a_confirm_button()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-16T18:00");
        await chat.Send("ana", "deadlift 3x5 100kg");
        await using var db = Open(chat);
        var id = UserId(db, "ana");
        var before = RowsOf(db, id);

        var reply = Assert.Single(await chat.Send("ana", "/forget"));

        Assert.Equal(ReplyKind.Settings, reply.Kind);
        Assert.Equal("/forget confirm", Assert.Single(reply.Actions).Command);
        Assert.Contains("It cannot be undone.", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(before["workout_sets"], RowsOf(db, id)["workout_sets"]);
        Assert.Equal(4, Csv(Assert.Single(await chat.Send("ana", "/export"))).Count);
    }

    [Fact]
    public async Task Forget_confirm_leaves_no_row_of_the_user_in_any_table_and_keeps_everyone_elses()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-16T18:00");

        // ana speaks first in #gym, so in the terminal she is its admin: the group row names her.
        await chat.SendInGroup("gym", "ana", "/accountability on");
        await chat.SendInGroup("gym", "ana", "/join 2");
        await chat.SendInGroup("gym", "bob", "/join 2");
        string[] anasDeliveries =
        [
            await Deliver(chat, Private("ana"), "ana-1", await chat.Send("ana", "deadlift 3x5 100kg")),
            await Deliver(chat, Gym, "gym-1", await chat.SendInGroup("gym", "ana", "hollow hold 3x30s", addressed: true)),
        ];
        string[] bobsDeliveries =
        [
            await Deliver(chat, Private("bob"), "bob-1", await chat.Send("bob", "deadlift 3x5 80kg")),
            await Deliver(chat, Gym, "gym-2", await chat.SendInGroup("gym", "bob", "plank 3x60s", addressed: true)),
        ];
        chat.Clock.Advance(TimeSpan.FromDays(1));
        await chat.Send("ana", "good mornings 3x10 40kg, my lower back hurts a bit");
        await chat.Send("bob", "good mornings 3x10 30kg");
        await chat.Send("ana", "/units lb");
        await chat.SendInGroup("gym", "ana", "+", addressed: true);
        await chat.SendInGroup("gym", "bob", "+", addressed: true);

        await using var db = Open(chat);
        Assert.Equal(1, Count(db, "SELECT COUNT(*) FROM chat_groups WHERE admin_platform_user_id = 'ana' AND @id > 0", 1));
        Assert.Equal(TablesWithoutUserId, Tables(db).Where(t => !HasUserId(db, t)).Order(StringComparer.Ordinal));
        var ana = UserId(db, "ana");
        var bob = UserId(db, "bob");
        var bobsBefore = RowsOf(db, bob);
        Assert.All(RowsOf(db, ana), table => Assert.True(table.Value > 0, $"ana has no rows in {table.Key}: the scenario should touch every table"));
        Assert.Equal(anasDeliveries.Concat(bobsDeliveries).Order(StringComparer.Ordinal), DeliveredReplies(db));

        var done = Assert.Single(await chat.Send("ana", "/forget confirm"));

        Assert.Equal("Done: I deleted everything about you, including 9 logged sets. If you write again, I'll start fresh.", done.ToPlainText());
        Assert.All(RowsOf(db, ana), table => Assert.True(table.Value == 0, $"{table.Value} of ana's rows left in {table.Key}"));
        Assert.Equal(0, Count(db, "SELECT COUNT(*) FROM users WHERE id = @id", ana));
        Assert.DoesNotContain(DeliveredReplies(db), anasDeliveries.Contains);
        Assert.DoesNotContain("ana", Chats(db));
        Assert.Equal(0, Count(db, "SELECT COUNT(*) FROM chat_groups WHERE admin_platform_user_id = 'ana' AND @id > 0", 1));

        Assert.Equal(bobsBefore, RowsOf(db, bob));
        Assert.Equal(1, Count(db, "SELECT COUNT(*) FROM users WHERE id = @id", bob));
        Assert.Equal(bobsDeliveries.Order(StringComparer.Ordinal), DeliveredReplies(db));
        Assert.Equal(["bob", "gym"], Chats(db));
    }

    [Fact]
    public async Task After_forgetting_a_user_who_writes_again_starts_fresh()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-16T18:00");
        await chat.Send("ana", "/units lb");
        await chat.Send("ana", "deadlift 3x5 100kg");
        await chat.Send("ana", "/forget confirm");
        chat.Clock.Advance(TimeSpan.FromDays(2));

        var export = Assert.Single(await chat.Send("ana", "/export"));
        var units = Assert.Single(await chat.Send("ana", "/units"));
        var logged = await chat.Send("ana", "deadlift 3x5 90kg");

        Assert.Single(Csv(export));
        Assert.Contains("You log in kg.", units.ToPlainText(), StringComparison.Ordinal);
        var echo = Assert.Single(logged, r => r.Kind == ReplyKind.Logged).ToPlainText();
        Assert.DoesNotContain("last time", echo, StringComparison.Ordinal);
        Assert.DoesNotContain("record", echo, StringComparison.OrdinalIgnoreCase);
        await using var db = Open(chat);
        Assert.Equal(1, Count(db, "SELECT COUNT(*) FROM workout_logs WHERE user_id = @id", UserId(db, "ana")));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Csv(Reply export) =>
        Rfc4180.Read(Encoding.UTF8.GetString(export.Attachment!.Content.Span));

    private static ChatAddress Private(string user) => new(ChatPlatform.Terminal, user, IsGroup: false);

    /// <summary>What an adapter does after sending a log's echo: tell the core which platform message carries it.</summary>
    private static async Task<string> Deliver(TestChat chat, ChatAddress to, string messageId, IReadOnlyList<Reply> replies)
    {
        var logged = Assert.Single(replies, r => r.Kind == ReplyKind.Logged);
        await chat.Core.RememberDeliveryAsync(to, messageId, logged, CancellationToken.None);
        return logged.Reference!;
    }

    private static SqliteConnection Open(TestChat chat)
    {
        var path = chat.Services.GetRequiredService<IConfiguration>()["Storage:SqlitePath"];
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return db;
    }

    private static long UserId(SqliteConnection db, string platformUserId)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT user_id FROM user_identities WHERE platform = 'terminal' AND platform_user_id = @name";
        command.Parameters.AddWithValue("@name", platformUserId);
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> Tables(SqliteConnection db) => Strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'", null);

    private static bool HasUserId(SqliteConnection db, string table) =>
        Strings(db, "SELECT name FROM pragma_table_info(@table)", ("@table", table)).Contains("user_id");

    /// <summary>For every table with a <c>user_id</c> column, how many rows belong to the user.</summary>
    private static SortedDictionary<string, long> RowsOf(SqliteConnection db, long userId)
    {
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables(db).Where(t => HasUserId(db, t)))
        {
            // The table name comes from sqlite_master, not from input; identifiers cannot be parameters.
            rows[table] = Count(db, $"SELECT COUNT(*) FROM \"{table}\" WHERE user_id = @id", userId);
        }

        return rows;
    }

    private static List<string> DeliveredReplies(SqliteConnection db) => Strings(db, "SELECT reference FROM delivered_replies ORDER BY reference", null);

    private static List<string> Chats(SqliteConnection db) => Strings(db, "SELECT chat_id FROM chats ORDER BY chat_id", null);

    private static long Count(SqliteConnection db, string sql, long userId)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", userId);
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> Strings(SqliteConnection db, string sql, (string Name, object Value)? parameter)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } p)
        {
            command.Parameters.AddWithValue(p.Name, p.Value);
        }

        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
