namespace ChatCoach.Core.Chat;

/// <summary>The light structure a reply may have. Each adapter renders it its own way.</summary>
public enum BlockStyle
{
    /// <summary>A heading; one line.</summary>
    Title,

    /// <summary>Ordinary text; each line a line.</summary>
    Paragraph,

    /// <summary>Emphasised text (bold or italic), such as a safety note.</summary>
    Emphasis,

    /// <summary>A numbered list; each line an item.</summary>
    Steps,

    /// <summary>A bulleted list; each line an item.</summary>
    Bullets,
}

/// <summary>
/// One block of a reply. Lines are plain text with no markup, so that user-supplied words (names, custom exercise
/// names) can never inject formatting; adapters escape them for their own markup.
/// </summary>
public sealed record ReplyBlock(BlockStyle Style, IReadOnlyList<string> Lines);
