using System.Text;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord;

/// <summary>Renders reply blocks as Discord markdown. Core lines are plain text, often echoing users, so all of it is escaped.</summary>
internal static class DiscordMarkdown
{
    /// <summary>Escapes the characters that start markdown (<c>* _ ` ~ | &gt; \</c>), and a leading # or - (headings, lists).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '~' or '|' or '>' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        if (sb.Length > 0 && sb[0] is '#' or '-')
        {
            sb.Insert(0, '\\');
        }

        return sb.ToString();
    }

    /// <summary>The reply's lines in markdown: titles bold, emphasis italic, steps "1.", bullets "•".</summary>
    public static List<string> Lines(IEnumerable<ReplyBlock> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var text = Escape(block.Lines[i]);
                lines.Add(block.Style switch
                {
                    BlockStyle.Title => $"**{text}**",
                    BlockStyle.Emphasis => $"*{text}*",
                    BlockStyle.Steps => $"{i + 1}. {text}",
                    BlockStyle.Bullets => $"• {text}",
                    _ => text,
                });
            }
        }

        return lines;
    }
}
