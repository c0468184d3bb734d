namespace ChatCoach.Core.Chat;

/// <summary>Builds a <see cref="Reply"/> block by block: <c>new ReplyBuilder(ReplyKind.HowTo).Title("Deadlift").Steps(...)</c>.</summary>
public sealed class ReplyBuilder(ReplyKind kind)
{
    private readonly List<ReplyBlock> _blocks = [];

    public ReplyBuilder Title(string text) => Add(BlockStyle.Title, [text]);

    public ReplyBuilder Line(string text) => Add(BlockStyle.Paragraph, [text]);

    public ReplyBuilder Lines(IEnumerable<string> lines) => Add(BlockStyle.Paragraph, [.. lines]);

    public ReplyBuilder Emphasis(string text) => Add(BlockStyle.Emphasis, [text]);

    public ReplyBuilder Steps(IEnumerable<string> items) => Add(BlockStyle.Steps, [.. items]);

    public ReplyBuilder Bullets(IEnumerable<string> items) => Add(BlockStyle.Bullets, [.. items]);

    /// <summary>A paragraph heading followed by bullets, skipped when there are no items.</summary>
    public ReplyBuilder Section(string heading, IReadOnlyCollection<string> items) =>
        items.Count == 0 ? this : Line(heading).Bullets(items);

    public Reply Build() => new(kind, [.. _blocks]);

    private ReplyBuilder Add(BlockStyle style, IReadOnlyList<string> lines)
    {
        if (lines.Count > 0)
        {
            // Consecutive paragraphs merge so plain text does not grow blank gaps between single lines.
            if (style == BlockStyle.Paragraph && _blocks.Count > 0 && _blocks[^1].Style == BlockStyle.Paragraph)
            {
                _blocks[^1] = _blocks[^1] with { Lines = [.. _blocks[^1].Lines, .. lines] };
            }
            else
            {
                _blocks.Add(new ReplyBlock(style, lines));
            }
        }

        return this;
    }
}
