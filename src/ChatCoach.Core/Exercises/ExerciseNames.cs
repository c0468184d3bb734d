using System.Text;

namespace ChatCoach.Core.Exercises;

/// <summary>
/// Folds exercise names and aliases to one comparable form: lower case, letters and digits only, single spaces, each
/// word's plural "s" dropped. "Hollow Holds", "hollow-hold" and "hollow hold" all fold to "hollow hold".
/// </summary>
public static class ExerciseNames
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
            else if (c is ' ' or '-' or '_' or '\t' or '/' or '.')
            {
                pendingSpace = true;
            }

            // Apostrophes and other punctuation vanish: "farmer's walk" folds like "farmers walk".
        }

        return DropPlurals(sb.ToString());
    }

    /// <summary>Turns a name as written into a kebab-case id for a custom exercise: "Zercher Squat" → "zercher-squat".</summary>
    public static string ToKebab(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }

    private static string DropPlurals(string folded)
    {
        if (!folded.Contains('s', StringComparison.Ordinal))
        {
            return folded;
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 3 && w[^1] == 's' && w[^2] != 's')
            {
                words[i] = w[..^1];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours counting as one ("deadlfit").</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, prev2[j - 2] + 1);
                }

                cur[j] = d;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }
}
