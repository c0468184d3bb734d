using System.Globalization;
using System.Net;
using System.Text;
using ChatCoach.Core.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatCoach.Telegram;

/// <summary>A reply rendered for Telegram: HTML message parts, each within the length limit, and the buttons.</summary>
internal sealed record RenderedReply(IReadOnlyList<string> Parts, InlineKeyboardMarkup? Keyboard, IReadOnlyList<ReplyAction> SkippedActions);

/// <summary>
/// Renders replies as Telegram HTML (parse_mode HTML). Every piece of reply text is plain and is escaped here; the
/// only markup is the tags this class writes, and no tag ever spans a line, so a split at a line boundary never cuts
/// through a tag.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit on a photo's or document's caption.</summary>
    public const int MaxCaptionLength = 1024;

    private const int ButtonsPerRow = 3;

    public static RenderedReply Render(Reply reply, int maxLength = MaxMessageLength)
    {
        var skipped = new List<ReplyAction>();
        var rows = new List<InlineKeyboardButton[]>();
        var row = new List<InlineKeyboardButton>();
        foreach (var action in reply.Actions)
        {
            if (Encoding.UTF8.GetByteCount(action.Command) > UpdateReader.MaxCallbackDataBytes)
            {
                skipped.Add(action);
                continue;
            }

            row.Add(InlineKeyboardButton.WithCallbackData(action.Label, action.Command));
            if (row.Count == ButtonsPerRow)
            {
                rows.Add([.. row]);
                row.Clear();
            }
        }

        if (row.Count > 0)
        {
            rows.Add([.. row]);
        }

        return new RenderedReply(Split(Lines(reply), maxLength), rows.Count > 0 ? new InlineKeyboardMarkup(rows) : null, skipped);
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>One line of output: an opening tag, plain text, a closing tag. Empty text is a blank line.</summary>
    internal readonly record struct HtmlLine(string Open, string Text, string Close)
    {
        public static readonly HtmlLine Blank = new(string.Empty, string.Empty, string.Empty);

        public bool IsBlank => Text.Length == 0;

        public string Html => Open + Escape(Text) + Close;
    }

    internal static List<HtmlLine> Lines(Reply reply)
    {
        var lines = new List<HtmlLine>();
        ReplyBlock? previous = null;
        foreach (var block in reply.Blocks)
        {
            // Blank line between blocks, except under a lead-in such as "Cues:" so the list stays with its heading.
            if (previous is not null && !IsLeadIn(previous, block))
            {
                lines.Add(HtmlLine.Blank);
            }

            for (var i = 0; i < block.Lines.Count; i++)
            {
                var text = block.Lines[i];
                lines.Add(block.Style switch
                {
                    BlockStyle.Title => new HtmlLine("<b>", text, "</b>"),
                    BlockStyle.Emphasis => new HtmlLine("<i>", text, "</i>"),
                    BlockStyle.Steps => new HtmlLine(string.Empty, (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + text, string.Empty),
                    BlockStyle.Bullets => new HtmlLine(string.Empty, "• " + text, string.Empty),
                    _ => new HtmlLine(string.Empty, text, string.Empty),
                });
            }

            previous = block;
        }

        return lines;
    }

    private static bool IsLeadIn(ReplyBlock previous, ReplyBlock next) =>
        previous.Style == BlockStyle.Paragraph
        && next.Style is BlockStyle.Steps or BlockStyle.Bullets
        && previous.Lines[^1].EndsWith(':');

    /// <summary>
    /// Joins lines into parts of at most <paramref name="maxLength"/> characters of HTML, breaking only between
    /// lines. Counting the HTML (tags and entities included) keeps every part under Telegram's limit, which counts
    /// the text after parsing. A single line longer than a part is cut between words, each piece keeping its tags.
    /// </summary>
    internal static List<string> Split(IReadOnlyList<HtmlLine> lines, int maxLength)
    {
        var parts = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            var text = current.ToString().TrimEnd('\n');
            if (text.Length > 0)
            {
                parts.Add(text);
            }

            current.Clear();
        }

        foreach (var line in lines)
        {
            if (line.IsBlank && current.Length == 0)
            {
                continue;
            }

            var html = line.Html;
            if (html.Length > maxLength)
            {
                Flush();
                parts.AddRange(Cut(line, maxLength));
                continue;
            }

            var separator = current.Length > 0 ? 1 : 0;
            if (current.Length + separator + html.Length > maxLength)
            {
                Flush();
                if (line.IsBlank)
                {
                    continue;
                }

                separator = 0;
            }

            if (separator == 1)
            {
                current.Append('\n');
            }

            current.Append(html);
        }

        Flush();
        return parts;
    }

    private static List<string> Cut(HtmlLine line, int maxLength)
    {
        var budget = Math.Max(16, maxLength - line.Open.Length - line.Close.Length);
        var text = line.Text;
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var length = 0;
            var end = start;
            var lastSpace = -1;
            while (end < text.Length)
            {
                // Never split a surrogate pair: half an emoji is not valid text.
                var width = char.IsSurrogatePair(text, end) ? 2 : 1;
                var encoded = Escape(text.Substring(end, width)).Length;
                if (length + encoded > budget)
                {
                    break;
                }

                length += encoded;
                if (char.IsWhiteSpace(text[end]))
                {
                    lastSpace = end;
                }

                end += width;
            }

            if (end == start)
            {
                end = start + (char.IsSurrogatePair(text, start) ? 2 : 1);
            }
            else if (end < text.Length && lastSpace > start + ((end - start) / 2))
            {
                end = lastSpace + 1;
            }

            var piece = text[start..end].Trim();
            if (piece.Length > 0)
            {
                pieces.Add(line.Open + Escape(piece) + line.Close);
            }

            start = end;
        }

        return pieces;
    }
}
