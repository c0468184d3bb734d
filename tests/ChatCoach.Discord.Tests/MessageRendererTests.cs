using ChatCoach.Core.Chat;

namespace ChatCoach.Discord.Tests;

/// <summary>How a core reply looks on Discord.</summary>
public sealed class MessageRendererTests
{
    [Fact]
    public void A_long_reply_is_split_at_line_boundaries_with_the_buttons_on_the_last_part()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"Line {i}: " + new string('x', 30)).ToList();
        var reply = new ReplyBuilder(ReplyKind.History).Lines(lines).Build() with { Actions = [new ReplyAction("Undo", "/undo")] };

        var parts = MessageRenderer.Render(reply);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Payload["content"]!.GetValue<string>().Length, 1, 2000));
        Assert.All(parts, p => Assert.NotNull(p.Payload["allowed_mentions"]));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Payload["components"]));
        Assert.NotNull(parts[^1].Payload["components"]);
        var joined = string.Join('\n', parts.Select(p => p.Payload["content"]!.GetValue<string>()));
        Assert.Equal(string.Join('\n', lines), joined);
    }

    [Fact]
    public void User_text_is_escaped_so_it_cannot_format_or_ping()
    {
        var reply = new ReplyBuilder(ReplyKind.Logged).Line("Logged *bold* _it_ `code` ~~x~~ ||spoiler|| > quote \\ for @everyone").Build();

        var content = MessageRenderer.Render(reply)[0].Payload["content"]!.GetValue<string>();

        Assert.Equal("Logged \\*bold\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\| \\> quote \\\\ for @everyone", content);
    }

    [Fact]
    public void Structure_becomes_markdown_titles_bold_steps_numbered_bullets_dotted()
    {
        var reply = new ReplyBuilder(ReplyKind.Help).Title("Help").Steps(["one", "two"]).Bullets(["a"]).Emphasis("careful").Build();

        var content = MessageRenderer.Render(reply)[0].Payload["content"]!.GetValue<string>();

        Assert.Equal("**Help**\n1. one\n2. two\n• a\n*careful*", content);
    }

    [Fact]
    public void A_howto_too_long_for_an_embed_falls_back_to_plain_content()
    {
        var reply = new ReplyBuilder(ReplyKind.HowTo).Title("Deadlift").Lines(Enumerable.Range(0, 100).Select(i => new string('y', 60))).Build();

        var parts = MessageRenderer.Render(reply);

        Assert.All(parts, p => Assert.Null(p.Payload["embeds"]));
        Assert.StartsWith("**Deadlift**", parts[0].Payload["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_are_secondary_rows_of_five_and_forget_is_red()
    {
        var actions = Enumerable.Range(1, 6).Select(i => new ReplyAction($"Option {i}", $"/howto {i}")).Append(new ReplyAction("Forget me", "/forget confirm")).Append(new ReplyAction("Bad", "not a command")).ToList();

        var rows = MessageRenderer.Components(actions)!;

        Assert.Equal(2, rows.Count);
        Assert.Equal(5, rows[0]!["components"]!.AsArray().Count);
        var last = rows[1]!["components"]!.AsArray();
        Assert.Equal(2, last.Count);
        Assert.Equal(2, rows[0]!["components"]![0]!["style"]!.GetValue<int>());
        Assert.Equal(4, last[1]!["style"]!.GetValue<int>());
        Assert.Equal("/forget confirm", last[1]!["custom_id"]!.GetValue<string>());
    }
}
