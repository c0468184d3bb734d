using ChatCoach.Core.Chat;

namespace ChatCoach.Telegram.Tests;

public sealed class TelegramHtmlTests
{
    [Fact]
    public void Each_block_style_has_its_markup_and_blocks_are_separated_by_a_blank_line()
    {
        var reply = new ReplyBuilder(ReplyKind.HowTo)
            .Title("Deadlift")
            .Line("The big hinge.")
            .Line("How to do it:")
            .Steps(["Stand close.", "Brace."])
            .Bullets(["Bar close."])
            .Emphasis("Stop if it hurts.")
            .Build();

        var text = Assert.Single(TelegramHtml.Render(reply).Parts);

        Assert.Equal("<b>Deadlift</b>\n\nThe big hinge.\nHow to do it:\n1. Stand close.\n2. Brace.\n\n• Bar close.\n\n<i>Stop if it hurts.</i>", text);
    }

    [Fact]
    public void Hostile_text_is_escaped_in_every_style()
    {
        const string evil = "<b>x</b> & </i><a href=\"y\">";
        var reply = new ReplyBuilder(ReplyKind.Help).Title(evil).Line(evil).Emphasis(evil).Steps([evil]).Bullets([evil]).Build() with
        {
            Actions = [new ReplyAction(evil, "/undo")],
        };

        var rendered = TelegramHtml.Render(reply);
        var text = Assert.Single(rendered.Parts);

        Assert.DoesNotContain("<b>x", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", text, StringComparison.Ordinal);
        Assert.Contains("<b>&lt;b&gt;x&lt;/b&gt; &amp; &lt;/i&gt;&lt;a href=&quot;y&quot;&gt;</b>", text, StringComparison.Ordinal);
        Assert.Contains("<i>&lt;b&gt;", text, StringComparison.Ordinal);

        // Button labels are plain text on the wire: Telegram does not parse them.
        Assert.Equal(evil, rendered.Keyboard!.InlineKeyboard.Single().Single().Text);
    }

    [Fact]
    public void A_line_longer_than_a_message_is_cut_between_words_and_keeps_its_tags()
    {
        var words = string.Join(' ', Enumerable.Repeat("brace&breathe", 400));
        var reply = new ReplyBuilder(ReplyKind.Safety).Emphasis(words).Build();

        var parts = TelegramHtml.Render(reply, maxLength: 1000).Parts;

        Assert.True(parts.Count > 1);
        Assert.All(parts, p =>
        {
            Assert.True(p.Length <= 1000);
            Assert.StartsWith("<i>brace&amp;breathe", p, StringComparison.Ordinal);
            Assert.EndsWith("brace&amp;breathe</i>", p, StringComparison.Ordinal);
        });
        Assert.Equal(400, parts.Sum(p => p.Split(' ').Length));
    }

    [Fact]
    public void Emoji_are_never_cut_in_half()
    {
        var reply = new ReplyBuilder(ReplyKind.Help).Line(string.Concat(Enumerable.Repeat("💪", 300))).Build();

        var parts = TelegramHtml.Render(reply, maxLength: 100).Parts;

        Assert.All(parts, p => Assert.DoesNotContain('\uFFFD', System.Net.WebUtility.HtmlDecode(p)));
        Assert.Equal(300, parts.Sum(p => System.Net.WebUtility.HtmlDecode(p).Length) / 2);
    }

    [Fact]
    public void Parts_never_start_or_end_with_a_blank_line()
    {
        var reply = new ReplyBuilder(ReplyKind.History)
            .Lines(Enumerable.Range(0, 30).Select(i => $"line {i}"))
            .Emphasis("closing note")
            .Build();

        var parts = TelegramHtml.Render(reply, maxLength: 60).Parts;

        Assert.All(parts, p =>
        {
            Assert.False(p.StartsWith('\n'));
            Assert.False(p.EndsWith('\n'));
            Assert.True(p.Length <= 60);
        });
        Assert.Equal("<i>closing note</i>", parts[^1].Split('\n')[^1]);
    }

    [Fact]
    public void Buttons_whose_command_exceeds_64_bytes_are_left_out()
    {
        var reply = new ReplyBuilder(ReplyKind.Logged).Line("Logged.").Build() with
        {
            Actions =
            [
                new ReplyAction("Undo", "/undo"),
                new ReplyAction("Too long", "/" + new string('x', 64)),
                new ReplyAction("History", "/history"),
                new ReplyAction("Records", "/records"),
                new ReplyAction("Next", "/next"),
            ],
        };

        var rendered = TelegramHtml.Render(reply);

        Assert.Equal("Too long", Assert.Single(rendered.SkippedActions).Label);
        var rows = rendered.Keyboard!.InlineKeyboard.Select(r => r.Select(b => b.CallbackData).ToList()).ToList();
        Assert.Equal([["/undo", "/history", "/records"], ["/next"]], rows);
    }

    [Fact]
    public void A_reply_with_only_a_file_renders_no_text_parts()
    {
        var reply = new Reply(ReplyKind.Export, []);

        Assert.Empty(TelegramHtml.Render(reply).Parts);
    }
}
