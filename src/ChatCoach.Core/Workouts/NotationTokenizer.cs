namespace ChatCoach.Core.Workouts;

/// <summary>
/// Splits a message into words, numbers and marks in one left-to-right pass. Hand-written rather than a regex so that
/// no input (100 KB of digits, emoji, control characters) can make it backtrack: every character is looked at a
/// bounded number of times.
/// </summary>
internal static class NotationTokenizer
{
    // Longer numbers are flagged invalid instead of parsed, so that nothing overflows.
    private const int MaxIntegerDigits = 9;
    private const int MaxFractionDigits = 6;

    public static List<NotationToken> Tokenize(string text)
    {
        var tokens = new List<NotationToken>(Math.Min(64, (text.Length / 3) + 4));
        var i = 0;
        var space = true;
        var negative = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i, space, negative, tokens);
                (space, negative) = (false, false);
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, space, tokens);
                space = false;
                continue;
            }

            var atSentenceEnd = i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
            NotationTokenKind? kind = c switch
            {
                '×' or '*' => NotationTokenKind.Times,
                '@' => NotationTokenKind.At,
                ',' => NotationTokenKind.Comma,
                '/' => NotationTokenKind.Slash,
                '+' => NotationTokenKind.Plus,
                ':' => NotationTokenKind.Colon,
                '\n' or '\r' or ';' => NotationTokenKind.Break,
                '?' => NotationTokenKind.Question,
                '.' or '!' or '…' when atSentenceEnd => NotationTokenKind.Break,
                _ => null,
            };

            if (kind is { } k)
            {
                tokens.Add(Mark(k, i, space));
                space = false;
            }
            else
            {
                // A minus sign right before a number, not inside a word or a date: "-5kg" is a negative weight.
                if (c is '-' or '−' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
                    && (space || tokens.Count == 0 || tokens[^1].Kind is NotationTokenKind.Times or NotationTokenKind.At or NotationTokenKind.Plus or NotationTokenKind.Colon or NotationTokenKind.Comma))
                {
                    negative = true;
                }

                // Whitespace, other punctuation, emoji and control characters only separate tokens.
                space = true;
            }

            i++;
        }

        return tokens;
    }

    private static NotationToken Mark(NotationTokenKind kind, int at, bool space) =>
        new(kind, at, 1, string.Empty, string.Empty, 0, 0, false, false, space);

    private static int ReadWord(string text, int start, bool space, List<NotationToken> tokens)
    {
        var i = start;
        var apostrophes = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                i++;
            }
            else if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                apostrophes++;
                i++;
            }
            else
            {
                break;
            }
        }

        var length = i - start;

        // "100kgx5" and "3x5": a trailing x glued to a number is the times sign, not part of the word.
        var timesAfter = false;
        if (length > 1 && text[i - 1] is 'x' or 'X' && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            length--;
            timesAfter = true;
        }

        if (length == 1 && text[start] is 'x' or 'X')
        {
            tokens.Add(Mark(NotationTokenKind.Times, start, space));
            return i;
        }

        var lower = string.Create(length, (text, start), static (span, state) =>
        {
            for (var j = 0; j < span.Length; j++)
            {
                var c = state.text[state.start + j];
                span[j] = c is '’' or 'ʼ' ? '\'' : char.ToLowerInvariant(c);
            }
        });
        tokens.Add(new NotationToken(NotationTokenKind.Word, start, length, lower, FoldWord(lower, apostrophes), 0, 0, false, false, space));
        if (timesAfter)
        {
            tokens.Add(Mark(NotationTokenKind.Times, start + length, false));
        }

        return i;
    }

    /// <summary>The word as <see cref="Exercises.ExerciseNames.Fold"/> would fold it: no apostrophes, no plural "s".</summary>
    private static string FoldWord(string lower, int apostrophes)
    {
        var word = apostrophes == 0 ? lower : lower.Replace("'", string.Empty, StringComparison.Ordinal);
        return word.Length >= 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }

    private static int ReadNumber(string text, int start, bool space, bool negative, List<NotationToken> tokens)
    {
        var i = start;
        long whole = 0;
        var digits = ReadDigits(text, ref i, ref whole);

        if (digits == 4 && TryReadDate(text, ref i, (int)whole, out var date, out var validDate))
        {
            tokens.Add(new NotationToken(NotationTokenKind.Date, start, i - start, text[start..i], string.Empty, validDate ? date.DayNumber : 0, 0, false, !validDate, space));
            return i;
        }

        if (digits <= 4 && TryReadClock(text, ref i, whole, out var seconds, out var validClock))
        {
            tokens.Add(new NotationToken(NotationTokenKind.Clock, start, i - start, text[start..i], string.Empty, seconds, 0, negative, !validClock, space));
            return i;
        }

        long fraction = 0;
        var fractionDigits = 0;
        if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (text[i] == '.' || (text[i] == ',' && IsDecimalComma(text, i))))
        {
            i++;
            fractionDigits = ReadDigits(text, ref i, ref fraction);
        }

        var invalid = digits > MaxIntegerDigits || fractionDigits > MaxFractionDigits;
        var value = invalid ? 0 : Compose(whole, fraction, fractionDigits);
        var raw = text[start..i];
        var fold = fractionDigits == 0 && !invalid ? raw : string.Empty;
        tokens.Add(new NotationToken(NotationTokenKind.Number, start, i - start, raw, fold, value, fractionDigits, negative, invalid, space));
        return i;
    }

    private static int ReadDigits(string text, ref int i, ref long value)
    {
        var count = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (count < 18)
            {
                value = (value * 10) + (text[i] - '0');
            }

            count++;
            i++;
        }

        return count;
    }

    private static decimal Compose(long whole, long fraction, int fractionDigits)
    {
        var scaled = whole;
        for (var k = 0; k < fractionDigits; k++)
        {
            scaled *= 10;
        }

        scaled += fraction;
        return new decimal((int)(scaled & 0xFFFFFFFF), (int)(scaled >> 32), 0, false, (byte)fractionDigits);
    }

    /// <summary>
    /// "102,5 kg" is a decimal comma, but "5,5,4" is a list of reps: a comma is decimal only when one or two digits
    /// follow it and then a weight unit.
    /// </summary>
    private static bool IsDecimalComma(string text, int comma)
    {
        var i = comma + 1;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i - start is < 1 or > 2)
        {
            return false;
        }

        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var wordStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && i - wordStart < 10)
        {
            i++;
        }

        return i > wordStart && WeightUnits.TryParse(text[wordStart..i], out _);
    }

    private static bool TryReadDate(string text, ref int i, int year, out DateOnly date, out bool valid)
    {
        date = default;
        valid = false;
        var j = i;
        if (j >= text.Length || text[j] != '-')
        {
            return false;
        }

        j++;
        if (!TryReadSmall(text, ref j, out var month) || j >= text.Length || text[j] != '-')
        {
            return false;
        }

        j++;
        if (!TryReadSmall(text, ref j, out var day))
        {
            return false;
        }

        i = j;
        valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (valid)
        {
            date = new DateOnly(year, month, day);
        }

        return true;
    }

    private static bool TryReadSmall(string text, ref int j, out int value)
    {
        value = 0;
        var start = j;
        while (j < text.Length && char.IsAsciiDigit(text[j]) && j - start < 3)
        {
            value = (value * 10) + (text[j] - '0');
            j++;
        }

        return j - start is 1 or 2 && (j >= text.Length || !char.IsAsciiDigit(text[j]));
    }

    private static bool TryReadClock(string text, ref int i, long first, out decimal seconds, out bool valid)
    {
        seconds = 0;
        valid = false;
        if (!TryReadTwoDigits(text, i, out var second))
        {
            return false;
        }

        var j = i + 3;
        if (TryReadTwoDigits(text, j, out var third))
        {
            i = j + 3;
            valid = second < 60 && third < 60;
            seconds = (first * 3600) + (second * 60) + third;
            return true;
        }

        i = j;
        valid = second < 60;
        seconds = (first * 60) + second;
        return true;
    }

    private static bool TryReadTwoDigits(string text, int colon, out int value)
    {
        value = 0;
        if (colon + 2 >= text.Length || text[colon] != ':' || !char.IsAsciiDigit(text[colon + 1]) || !char.IsAsciiDigit(text[colon + 2])
            || (colon + 3 < text.Length && char.IsAsciiDigit(text[colon + 3])))
        {
            return false;
        }

        value = ((text[colon + 1] - '0') * 10) + (text[colon + 2] - '0');
        return true;
    }
}
