using System.Text;

namespace ChatCoach.Core.Tests.Workouts;

/// <summary>
/// A small, strict RFC 4180 reader, written apart from <c>WorkoutCsv</c> so the export is checked by something other
/// than its writer: CRLF between records, quotes only around a whole field, <c>""</c> for a quote inside one.
/// </summary>
internal static class Rfc4180
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (quoted)
            {
                if (c == '"' && next == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    Assert.True(next is ',' or '\r' or '\0', $"a closing quote must end its field (at {i})");
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"a quote may only open a field (at {i})");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && next == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.True(c is not ('\r' or '\n'), $"a bare line break outside quotes (at {i})");
                field.Append(c);
            }
        }

        Assert.False(quoted, "the text ends inside a quoted field");
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
