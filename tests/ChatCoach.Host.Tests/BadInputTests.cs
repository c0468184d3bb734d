using System.Text;
using ChatCoach.Core.Chat;

namespace ChatCoach.Host.Tests;

public sealed class BadInputTests
{
    private static readonly string[] Pieces =
    [
        "deadlift", "dl", "hollow hold", "plank", "good mornings", "/log", "/undo", "/howto", "/history", "/records", "/next",
        "/progress", "/stats", "/join", "/goal", "/forget", "3x5", "100kg", "x", "×", "*", "@8", "rpe", "lb", "kg", ",", ";", "\n",
        "yesterday", "monday", "2026-13-40", "-5", "0", "99999999999999999999", "1e9", "1:30", "45s", "+", "💪", "🏋️‍♀️", "مرحبا",
        "שלום", "\u202E", "\u0000", "\u001b[2J", "'; DROP TABLE users; --", "<b>", "&amp;", "\"", "%s", "{0}", "../../etc/passwd",
        "how do I do a", "my back hurts", "same again", "5", "@coach", "#gym", "tomorrow I'll", "   ",
    ];

    [Theory]
    [InlineData(20261124)]
    [InlineData(7)]
    [InlineData(424242)]
    public async Task Random_and_mutated_messages_always_get_an_answer_and_never_an_internal_error(int seed)
    {
        await using var chat = await TestChat.StartAsync();
        var random = new Random(seed);

        for (var i = 0; i < 400; i++)
        {
            var text = Message(random);
            var replies = await chat.Send("ana", text);

            Assert.True(replies.Count > 0, $"no answer to message {i}: {Escape(text)}");
            Assert.DoesNotContain(replies, r => r.ToPlainText().Contains("went wrong on my side", StringComparison.Ordinal));
        }

        // What was logged along the way is still there and readable.
        var history = await chat.Send("ana", "/history");
        Assert.Equal(ReplyKind.History, Assert.Single(history).Kind);
    }

    [Fact]
    public async Task A_hundred_kilobytes_of_digits_is_answered_quickly_and_stores_nothing()
    {
        await using var chat = await TestChat.StartAsync();

        var replies = await chat.Send("ana", "deadlift " + new string('9', 100_000));
        var history = await chat.Send("ana", "/history");

        Assert.NotEmpty(replies);
        Assert.Contains("Nothing logged yet", history[0].ToPlainText(), StringComparison.Ordinal);
    }

    private static string Message(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0)
            {
                sb.Append(' ');
            }
        }

        // Mutations: drop, duplicate or replace a character with a random code point.
        var text = sb.ToString();
        if (text.Length > 2 && random.Next(3) == 0)
        {
            var at = random.Next(text.Length - 1);
            text = random.Next(3) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, text[at].ToString()),
                _ => text[..at] + char.ConvertFromUtf32(random.Next(0x20, 0x2FFF)) + text[(at + 1)..],
            };
        }

        return text;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
