using System.Text;
using ChatCoach.Core.Chat;

namespace ChatCoach.Terminal;

/// <summary>Renders a reply as readable terminal text: a title with a rule under it, numbered steps, bullets, buttons.</summary>
public static class TerminalRenderer
{
    public static string Render(Reply reply, string indent = "")
    {
        var sb = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = Sanitise(block.Lines[i]);
                switch (block.Style)
                {
                    case BlockStyle.Title:
                        sb.Append(indent).Append(line).Append('\n');
                        sb.Append(indent).Append(new string('─', Math.Min(line.Length, 60))).Append('\n');
                        break;
                    case BlockStyle.Steps:
                        sb.Append(indent).Append("  ").Append(i + 1).Append(". ").Append(line).Append('\n');
                        break;
                    case BlockStyle.Bullets:
                        sb.Append(indent).Append("  • ").Append(line).Append('\n');
                        break;
                    case BlockStyle.Emphasis:
                        sb.Append(indent).Append("! ").Append(line).Append('\n');
                        break;
                    default:
                        sb.Append(indent).Append(line).Append('\n');
                        break;
                }
            }
        }

        if (reply.Actions.Count > 0)
        {
            sb.Append(indent).Append(string.Join("  ", reply.Actions.Select(a => $"[{Sanitise(a.Label)}: {a.Command}]"))).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Control characters from users would move the cursor or clear the screen: show them as '?'.</summary>
    public static string Sanitise(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
