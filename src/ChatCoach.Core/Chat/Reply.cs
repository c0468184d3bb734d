using System.Text;

namespace ChatCoach.Core.Chat;

/// <summary>
/// What the coach says. The core decides <em>what</em> (a kind, blocks of text, buttons, a file); adapters decide
/// <em>how</em>.
/// </summary>
public sealed record Reply(ReplyKind Kind, IReadOnlyList<ReplyBlock> Blocks)
{
    /// <summary>The exercise the reply is about, when it is about one (catalog id or <c>custom:…</c>).</summary>
    public string? ExerciseId { get; init; }

    /// <summary>In a group, the member the reply concerns (their display name).</summary>
    public string? AboutUser { get; init; }

    /// <summary>Buttons to show under the reply.</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    /// <summary>A file to send with the reply.</summary>
    public ReplyAttachment? Attachment { get; init; }

    /// <summary>
    /// When set, the reply goes privately to this user of the same platform instead of to the chat the message came
    /// from (a rest warning for one member of a group). Adapters that cannot reach the user privately reply in the chat.
    /// </summary>
    public string? PrivateToUserId { get; init; }

    /// <summary>
    /// What to show in the chat instead when <see cref="PrivateToUserId"/> cannot be reached privately. Set for replies
    /// that carry personal data (an export, history, weights), so a refused private message never puts them in a
    /// group; null means the reply itself may fall back to the chat (a rest warning).
    /// </summary>
    public Reply? PrivateFallback { get; init; }

    /// <summary>Where a scheduled reply (digest, reminder) goes; null for a reply to the inbound message.</summary>
    public ChatAddress? To { get; init; }

    /// <summary>The message this reply answers, so adapters can thread it.</summary>
    public string? InReplyToMessageId { get; init; }

    /// <summary>
    /// An opaque key the core gives a reply it may later be asked about, such as the log a <c>logged</c> reply echoes.
    /// Adapters hand it back through <see cref="IChatHandler.RememberDeliveryAsync"/> with the sent message's id.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>Structured data for machine readers (replay JSON), such as a progression's next target.</summary>
    public IReadOnlyDictionary<string, object>? Data { get; init; }

    /// <summary>The title, when the reply starts with one.</summary>
    public string? Title => Blocks.Count > 0 && Blocks[0].Style == BlockStyle.Title ? Blocks[0].Lines[0] : null;

    /// <summary>The reply as plain text: titles and paragraphs as lines, numbered steps, bullets with "•".</summary>
    public string ToPlainText()
    {
        var sb = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            for (var i = 0; i < block.Lines.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(block.Style switch
                {
                    BlockStyle.Steps => $"{i + 1}. ",
                    BlockStyle.Bullets => "• ",
                    _ => string.Empty,
                });
                sb.Append(block.Lines[i]);
            }
        }

        return sb.ToString();
    }
}
