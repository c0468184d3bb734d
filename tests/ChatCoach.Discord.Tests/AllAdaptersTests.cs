using ChatCoach.Core.Scheduling;
using ChatCoach.Discord.Tests.Fakes;
using ChatCoach.Host;
using ChatCoach.Terminal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Discord.Tests;

/// <summary>Issue 6: one host, built as the run verb builds it from one configuration, chatting on every platform at once.</summary>
public sealed class AllAdaptersTests
{
    private const long Tom = 4242;

    [Fact]
    public async Task Telegram_Discord_and_the_terminal_are_answered_by_one_host_into_one_database()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        await using var discord = await FakeDiscord.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), $"chatcoach-all-{Guid.NewGuid():N}.db");
        using var input = new TypedInput();
        using var output = new StringWriter();
        try
        {
            telegram.EnqueuePrivateMessage(Tom, "Tom", "/howto squat", DateTimeOffset.UtcNow);

            // The one configuration: what an operator would put in appsettings.json or pass on the command line.
            var (builder, adapters) = CoachHost.CreateRunBuilder(
            [
                "--Telegram:BotToken=" + FakeTelegram.Token,
                "--Telegram:ApiBaseUrl=" + telegram.BaseUrl,
                "--Discord:BotToken=" + TestIds.Token,
                "--Discord:ApiBaseUrl=" + discord.ApiBaseUrl,
                "--Terminal:Enabled=true",
                "--Terminal:UserName=terry",
                "--Storage:SqlitePath=" + database,
                "--Logging:LogLevel:Default=Warning",
            ]);

            // The terminal chats over the test's strings instead of the console (the later registration wins).
            builder.Services.AddSingleton(new TerminalConsole(input, output));
            Assert.Equal(["telegram", "discord", "terminal"], adapters);

            using var host = builder.Build();
            var running = host.RunAsync();

            // Discord: the gateway handshake, then a DM.
            var gateway = await discord.NextConnectionAsync();
            await gateway.HelloAsync(heartbeatIntervalMs: 45_000);
            await gateway.ExpectAsync(op: 2);
            await gateway.ReadyAsync("s1");
            await gateway.DispatchAsync("MESSAGE_CREATE", Events.DirectMessage("d1", "/howto deadlift"));

            // The terminal: typed.
            input.Type("how do I do a hollow hold?");

            var discordAnswer = await discord.NextRequestAsync("POST", $"channels/{TestIds.AliceDm}/messages");
            await GatewayTests.WaitUntilAsync(() => telegram.Sent.Count > 0, TimeSpan.FromSeconds(10));
            await GatewayTests.WaitUntilAsync(() => Handled(database).Count == 3, TimeSpan.FromSeconds(10));

            // Ctrl+D in the terminal stops the whole host, as it does for `chatcoach run`.
            input.Close();
            await running.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.StartsWith("Deadlift", discordAnswer.FirstEmbed!.Value.GetProperty("title").GetString(), StringComparison.Ordinal);
            var telegramAnswer = Assert.Single(telegram.Sent);
            Assert.Equal(Tom, telegramAnswer.GetProperty("chat_id").GetInt64());
            Assert.Contains("Squat", telegramAnswer.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("coach (howto):\n  Hollow hold", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Equal(["discord:2001", "telegram:4242", "terminal:terry"], Handled(database));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    /// <summary>Who the coach handled a message from, by platform, as the database records it.</summary>
    private static List<string> Handled(string database)
    {
        var handled = new List<string>();
        if (!File.Exists(database))
        {
            return handled;
        }

        using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var query = db.CreateCommand();
        query.CommandText = """
            SELECT m.platform, i.platform_user_id FROM inbound_messages m
            JOIN user_identities i ON i.user_id = m.user_id AND i.platform = m.platform
            ORDER BY m.platform
            """;
        try
        {
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                handled.Add($"{reader.GetString(0)}:{reader.GetString(1)}");
            }
        }
        catch (SqliteException)
        {
            // Not migrated yet.
        }

        return handled;
    }
}
