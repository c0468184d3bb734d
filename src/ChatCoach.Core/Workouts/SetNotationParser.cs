using System.Collections.Frozen;
using System.Text;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;

namespace ChatCoach.Core.Workouts;

/// <summary>
/// Reads workout set notation ("deadlift 3x5 100kg", "DL 100x5, 110x5, 120x3 @8", "plank 1:30") from a chat message.
/// A message is split into lines (new lines, <c>;</c>, sentence ends) and each line into clauses at a comma that is
/// followed by another exercise name; each clause is then read on its own: is it a plan or a question, which day does
/// it name, which exercise, and what sets. The catalog's names are indexed once, here, so a message costs a few
/// dictionary look-ups per word.
/// </summary>
public sealed class SetNotationParser(ExerciseCatalog catalog)
{
    private readonly FrozenDictionary<string, Exercise> _names =
        catalog.Names.ToFrozenDictionary(n => n.Key, n => n.Exercise, StringComparer.Ordinal);

    private readonly FrozenSet<string> _firstWords =
        catalog.Names.Select(n => n.Key.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    private readonly int _maxWords = Math.Max(1, catalog.MaxNameWords);

    private FrozenDictionary<string, Exercise>.AlternateLookup<ReadOnlySpan<char>> Lookup => _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a message. Never throws for any text: what cannot be read is chatter or an error with an example.</summary>
    public NotationResult Parse(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return ParseMessage(text ?? string.Empty, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A chat message must never take the handler down. The property tests look for this reply, so a bug that
            // reaches it fails the build rather than hiding.
            return new NotationError(NotationErrors.Unexpected());
        }
    }

    private NotationResult ParseMessage(string text, ParseContext context)
    {
        var explicitLog = false;
        var body = text;
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > NotationErrors.MaxMessageLength)
        {
            // Checked before any real work, so 100 KB of digits costs no more than a greeting.
            return trimmed.StartsWith("/log", StringComparison.OrdinalIgnoreCase) ? new NotationError(NotationErrors.TooLongMessage()) : NoLogNotation.Instance;
        }

        if (trimmed.Length > 0 && trimmed[0] == '/' && CommandLine.TryParse(text, out var command))
        {
            if (command.Name != "log")
            {
                return NoLogNotation.Instance;
            }

            explicitLog = true;
            body = command.Arguments;
        }

        var tokens = NotationTokenizer.Tokenize(body);
        var words = new NotationWord[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                words[i] = NotationWords.Classify(tokens[i].Text);
            }
        }

        var message = new MessageTokens(body, tokens, words, new TokenRole[tokens.Count]);
        var segments = Split(message);
        var entries = new List<(string Id, string Name, DateOnly? Date, List<LoggedSet> Sets)>();
        Exercise? header = null;
        DateOnly? currentDate = null;
        DateOnly? leadingDate = null;
        DateOnly? trailingDate = null;
        string? error = null;
        for (var s = 0; s < segments.Count; s++)
        {
            var (start, end, question) = segments[s];
            var r = ReadSegment(message, start, end, question, context, canContinue: header is not null || entries.Count > 0);
            if (s == 0 && r.Date is { } first && (r.DateAtStart || r.Verdict == SegmentVerdict.DateOnly))
            {
                leadingDate = first;
            }

            if (s == segments.Count - 1 && r.Date is { } last && r.DateAtEnd)
            {
                trailingDate = last;
            }

            switch (r.Verdict)
            {
                case SegmentVerdict.Plan when s == 0 && !r.HasNumbers:
                    // A plan as the heading ("Tomorrow:", "Plan for next week") makes every line below it a plan.
                    s = segments.Count;
                    break;
                case SegmentVerdict.DateOnly:
                    currentDate = r.Date;
                    break;
                case SegmentVerdict.Header:
                    header = r.Exercise;
                    break;
                case SegmentVerdict.Error:
                    error ??= r.Error;
                    break;
                case SegmentVerdict.Entry:
                    entries.Add((IdOf(r), NameOf(r), r.Date ?? currentDate, r.Sets!));
                    header = null;
                    break;
                case SegmentVerdict.Continuation when header is not null:
                    entries.Add((header.Id, header.Name, r.Date ?? currentDate, r.Sets!));
                    header = null;
                    break;
                case SegmentVerdict.Continuation when entries.Count > 0:
                    var sets = entries[^1].Sets;
                    if (sets.Count + r.Sets!.Count > NotationErrors.MaxSets)
                    {
                        error ??= NotationErrors.TooManySets(NotationErrors.Example(null, timed: false));
                    }

                    sets.AddRange(r.Sets);
                    break;
                case SegmentVerdict.Continuation when explicitLog:
                    error ??= NotationErrors.WhichExercise();
                    break;
                default:
                    break;
            }
        }

        if (error is not null)
        {
            return new NotationError(error);
        }

        if (entries.Count == 0)
        {
            return explicitLog ? new NotationError(NotationErrors.NothingToLog()) : NoLogNotation.Instance;
        }

        var messageDate = leadingDate ?? trailingDate;
        var result = new LoggedEntry[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            var (id, name, date, sets) = entries[e];
            result[e] = new LoggedEntry(id, name, date ?? messageDate, HeldIfTimed(id, sets));
        }

        return new LogNotation(result);
    }

    /// <summary>
    /// "plank 3x60" means three 60-second holds: for an exercise the seeds progress by hold time, bare unweighted counts
    /// are seconds, not reps.
    /// </summary>
    private IReadOnlyList<LoggedSet> HeldIfTimed(string exerciseId, List<LoggedSet> sets) =>
        catalog.ById(exerciseId)?.Progression?.Kind == "hold" && sets.All(s => s is { Reps: not null, Seconds: null, Weight: null })
            ? [.. sets.Select(s => s with { Seconds = s.Reps, Reps = null })]
            : sets.AsReadOnly();

    private static string IdOf(SegmentReading r)
    {
        if (r.Exercise is { } exercise)
        {
            return exercise.Id;
        }

        var kebab = ExerciseNames.ToKebab(r.CustomName!);
        return "custom:" + (kebab.Length > 0 ? kebab : ExerciseNames.Fold(r.CustomName!).Replace(' ', '-'));
    }

    private static string NameOf(SegmentReading r) => r.Exercise?.Name ?? r.CustomName!;

    /// <summary>Lines and sentences; within them, a comma starts a new clause when what follows names another exercise.</summary>
    private List<(int Start, int End, bool Question)> Split(MessageTokens m)
    {
        var segments = new List<(int, int, bool)>(4);
        var sentenceStart = 0;
        for (var i = 0; i <= m.Tokens.Count; i++)
        {
            if (i < m.Tokens.Count && m.Tokens[i].Kind is not (NotationTokenKind.Break or NotationTokenKind.Question))
            {
                continue;
            }

            var question = i < m.Tokens.Count && m.Tokens[i].Kind == NotationTokenKind.Question;
            var segmentStart = sentenceStart;
            var segmentNames = false;
            var partStart = sentenceStart;
            for (var k = sentenceStart; k <= i; k++)
            {
                if (k < i && m.Tokens[k].Kind != NotationTokenKind.Comma)
                {
                    continue;
                }

                var partNames = Names(m, partStart, k);
                if (partNames && segmentNames && partStart > segmentStart)
                {
                    segments.Add((segmentStart, partStart - 1, question));
                    (segmentStart, segmentNames) = (partStart, false);
                }

                segmentNames |= partNames;
                partStart = k + 1;
            }

            if (segmentStart < i)
            {
                segments.Add((segmentStart, i, question));
            }

            sentenceStart = i + 1;
        }

        return segments;
    }

    private bool Names(MessageTokens m, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (m.Tokens[j].IsWord && (m.Words[j].Kind == NotationWordKind.Text || _firstWords.Contains(m.Tokens[j].Fold)))
            {
                return true;
            }
        }

        return false;
    }

    private SegmentReading ReadSegment(MessageTokens m, int start, int end, bool question, ParseContext context, bool canContinue)
    {
        var tokens = m.Tokens;
        var words = m.Words;
        var hasNumbers = false;
        var plan = question;
        var firstWord = true;
        for (var j = start; j < end; j++)
        {
            var t = tokens[j];
            if (t.Kind is NotationTokenKind.Number or NotationTokenKind.Clock)
            {
                hasNumbers = true;
            }
            else if (t.IsWord)
            {
                plan |= words[j].Kind == NotationWordKind.Plan || (firstWord && NotationWords.OpensQuestion(t.Text));
                firstWord = false;
            }
        }

        if (plan)
        {
            return new SegmentReading(SegmentVerdict.Plan, HasNumbers: hasNumbers);
        }

        var (date, atStart, atEnd, dateError) = ReadDate(m, start, end, context.Today);
        var (exercise, nameStart, other) = MatchCatalog(m, start, end);
        if (!HasFreeNumber(m, start, end))
        {
            if (date is not null || dateError is not null)
            {
                if (OnlyPunctuationLeft(m, start, end))
                {
                    return dateError is null ? new SegmentReading(SegmentVerdict.DateOnly, Date: date) : new SegmentReading(SegmentVerdict.Error, Error: dateError);
                }
            }

            return exercise is not null && other is null && !HasTextWord(m, start, end) && date is null
                ? new SegmentReading(SegmentVerdict.Header, Exercise: exercise)
                : SegmentReading.Skip;
        }

        string? customName = null;
        if (exercise is null)
        {
            (exercise, customName, nameStart) = MatchLoosely(m, start, end);
        }

        var reader = new SetReader(tokens, words, m.Roles, start, end, nameStart);
        var named = exercise is not null || customName is not null;
        var attempt = exercise is not null
            ? reader.HasQuantity && (reader.HasSetWords || reader.HasDuration || reader.HasWeightedList || !HasStatementWord(m, start, end))
            : customName is not null
                ? reader.HasSetWords || reader.HasWeightedList
                : reader.HasSetWords || reader.HasDuration || reader.HasWeightedList;
        if (!attempt)
        {
            return new SegmentReading(SegmentVerdict.Skip, HasNumbers: true);
        }

        if (!named && !canContinue)
        {
            // Sets with no exercise and nothing above to continue ("I did 5 sets"): talk, unless /log asked for a log.
            return new SegmentReading(SegmentVerdict.Continuation, HasNumbers: true);
        }

        if (dateError is not null)
        {
            return new SegmentReading(SegmentVerdict.Error, Error: dateError);
        }

        if (exercise is not null && other is not null)
        {
            return new SegmentReading(SegmentVerdict.Error, Error: NotationErrors.TwoExercises(exercise.Name, other.Name));
        }

        var sets = reader.Read(exercise?.Name ?? customName, reader.HasDuration && !reader.HasWeight, context.DefaultUnit, out var error);
        if (error is not null)
        {
            return new SegmentReading(SegmentVerdict.Error, Error: error);
        }

        return new SegmentReading(
            named ? SegmentVerdict.Entry : SegmentVerdict.Continuation,
            HasNumbers: true,
            Exercise: exercise,
            CustomName: customName,
            Date: date,
            DateAtStart: atStart,
            DateAtEnd: atEnd,
            Sets: sets);
    }

    private static bool HasFreeNumber(MessageTokens m, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (m.Roles[j] != TokenRole.None)
            {
                continue;
            }

            var t = m.Tokens[j];
            if (t.Kind is NotationTokenKind.Number or NotationTokenKind.Clock)
            {
                return true;
            }

            if (t.IsWord && m.Words[j].Kind == NotationWordKind.NumberWord && j + 1 < end && m.Tokens[j + 1].IsWord
                && m.Words[j + 1].Kind is NotationWordKind.Sets or NotationWordKind.Reps)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyPunctuationLeft(MessageTokens m, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (m.Roles[j] == TokenRole.None && m.Tokens[j].Kind is NotationTokenKind.Word or NotationTokenKind.Number or NotationTokenKind.Clock)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasTextWord(MessageTokens m, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (m.Roles[j] == TokenRole.None && m.Tokens[j].IsWord && m.Words[j].Kind == NotationWordKind.Text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStatementWord(MessageTokens m, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (m.Tokens[j].IsWord && m.Words[j].Kind == NotationWordKind.Statement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day the line names: an ISO date, today, yesterday, a weekday (the latest on or before today; "last monday"
    /// is strictly before), or "2 days ago". Weekday abbreviations count only at the start or end of the line.
    /// </summary>
    private static (DateOnly? Date, bool AtStart, bool AtEnd, string? Error) ReadDate(MessageTokens m, int start, int end, DateOnly today)
    {
        var tokens = m.Tokens;
        var words = m.Words;
        var first = -1;
        var last = -1;
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Kind is NotationTokenKind.Word or NotationTokenKind.Number or NotationTokenKind.Clock or NotationTokenKind.Date or NotationTokenKind.Times)
            {
                first = first < 0 ? j : first;
                last = j;
            }
        }

        DateOnly? date = null;
        string? error = null;
        var (atStart, atEnd) = (false, false);
        for (var j = start; j < end; j++)
        {
            var t = tokens[j];
            DateOnly? day = null;
            var (from, to) = (j, j);
            if (t.Kind == NotationTokenKind.Date)
            {
                if (t.Invalid)
                {
                    error ??= NotationErrors.InvalidDate(t.Text);
                    m.Roles[j] = TokenRole.Date;
                    continue;
                }

                day = DateOnly.FromDayNumber((int)t.Value);
            }
            else if (t.IsWord)
            {
                var kind = words[j].Kind;
                if (kind == NotationWordKind.Today)
                {
                    day = today;
                }
                else if (kind == NotationWordKind.Yesterday)
                {
                    day = today.AddDays(-1);
                }
                else if (kind is NotationWordKind.Weekday or NotationWordKind.WeekdayShort)
                {
                    var previous = j > start && tokens[j - 1].IsWord ? words[j - 1].Kind : NotationWordKind.Text;
                    var prefixed = previous is NotationWordKind.On or NotationWordKind.Last;
                    from = prefixed ? j - 1 : j;
                    if (kind == NotationWordKind.WeekdayShort && from != first && j != last)
                    {
                        continue;
                    }

                    var back = ((int)today.DayOfWeek - words[j].Value + 7) % 7;
                    if (back == 0 && previous == NotationWordKind.Last)
                    {
                        back = 7;
                    }

                    day = today.AddDays(-back);
                }
                else if (kind == NotationWordKind.NumberWord && TryDaysAgo(m, j, end, words[j].Value, today, out var agoWord))
                {
                    (day, to) = (agoWord, j + 2);
                }
            }
            else if (t.IsPlainNumber && t.FractionDigits == 0 && t.Value <= 3660 && TryDaysAgo(m, j, end, (int)t.Value, today, out var ago))
            {
                (day, to) = (ago, j + 2);
            }

            if (day is not { } d)
            {
                continue;
            }

            // "on 2026-11-23" and "on monday": the "on" belongs to the date.
            if (from == j && j > start && tokens[j - 1].IsWord && words[j - 1].Kind == NotationWordKind.On)
            {
                from = j - 1;
            }

            for (var k = from; k <= to; k++)
            {
                m.Roles[k] = TokenRole.Date;
            }

            if (d > today)
            {
                error ??= NotationErrors.FutureDate(d);
            }
            else if (date is { } seen && seen != d)
            {
                error ??= NotationErrors.TwoDates();
            }

            date = d;
            atStart |= from == first;
            atEnd |= to == last;
            j = to;
        }

        return (date, atStart, atEnd, error);
    }

    private static bool TryDaysAgo(MessageTokens m, int at, int end, int days, DateOnly today, out DateOnly day)
    {
        day = default;
        if (at + 2 < end && m.Tokens[at + 1].IsWord && m.Words[at + 1].Kind == NotationWordKind.Day
            && m.Tokens[at + 2].IsWord && m.Words[at + 2].Kind == NotationWordKind.Ago)
        {
            day = today.AddDays(-days);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Catalog names and aliases in the line, longest first ("romanian deadlift" before "deadlift"). Returns the first
    /// exercise, the index of its first word, and another exercise if the line names two.
    /// </summary>
    private (Exercise? Exercise, int NameStart, Exercise? Other) MatchCatalog(MessageTokens m, int start, int end)
    {
        var lookup = Lookup;
        Span<char> phrase = stackalloc char[128];
        Exercise? found = null;
        Exercise? other = null;
        var nameStart = end;
        for (var j = start; j < end; j++)
        {
            if (!IsNameWord(m, j) || !_firstWords.Contains(m.Tokens[j].Fold))
            {
                continue;
            }

            var length = 0;
            var bestEnd = -1;
            Exercise? best = null;
            var hasWord = false;
            for (var k = j; k < end && k - j < _maxWords && IsNameWord(m, k); k++)
            {
                var fold = m.Tokens[k].Fold;
                if (length + fold.Length + 1 > phrase.Length)
                {
                    break;
                }

                if (k > j)
                {
                    phrase[length++] = ' ';
                }

                fold.AsSpan().CopyTo(phrase[length..]);
                length += fold.Length;
                hasWord |= m.Tokens[k].IsWord;
                if (hasWord && lookup.TryGetValue(phrase[..length], out var exercise))
                {
                    (best, bestEnd) = (exercise, k);
                }
            }

            if (best is null)
            {
                continue;
            }

            // "zercher squat" and "sumo deadlift" are other exercises: a catalog name with an unknown word glued to it
            // is left for the custom-name pass.
            if ((j > start && IsTextWord(m, j - 1)) || (bestEnd + 1 < end && IsTextWord(m, bestEnd + 1)))
            {
                j = bestEnd;
                continue;
            }

            for (var k = j; k <= bestEnd; k++)
            {
                m.Roles[k] = TokenRole.Name;
            }

            if (found is null)
            {
                (found, nameStart) = (best, j);
            }
            else if (found.Id != best.Id)
            {
                other ??= best;
            }

            j = bestEnd;
        }

        return (found, nameStart, other);
    }

    private static bool IsNameWord(MessageTokens m, int j) =>
        m.Roles[j] == TokenRole.None && m.Tokens[j].Fold.Length > 0 && m.Tokens[j].Kind is NotationTokenKind.Word or NotationTokenKind.Number;

    /// <summary>
    /// With no catalog name in the line: a close misspelling of one ("deadlfit"), else the first run of words that is
    /// not a unit-like word right after a number, taken as a custom exercise as written.
    /// </summary>
    private (Exercise? Exercise, string? CustomName, int NameStart) MatchLoosely(MessageTokens m, int start, int end)
    {
        var customStart = -1;
        var customEnd = -1;
        var customAfterNumber = false;
        for (var j = start; j < end; j++)
        {
            if (!IsTextWord(m, j))
            {
                continue;
            }

            var k = j;
            while (k + 1 < end && IsTextWord(m, k + 1))
            {
                k++;
            }

            // A run holding a whole catalog name ("zercher squat") is a variant, not a misspelling: no fuzzy match.
            var text = m.Body[m.Tokens[j].Start..m.Tokens[k].End];
            if (text.Length <= 40 && !HoldsCatalogWord(m, j, k) && catalog.FindClose(text) is { } exercise)
            {
                Mark(m, j, k);
                return (exercise, null, j);
            }

            var afterNumber = j > start && m.Tokens[j - 1].Kind is NotationTokenKind.Number or NotationTokenKind.Clock;
            if (customStart < 0 || (customAfterNumber && !afterNumber))
            {
                (customStart, customEnd, customAfterNumber) = (j, k, afterNumber);
            }

            j = k;
        }

        if (customStart < 0)
        {
            return (null, null, end);
        }

        Mark(m, customStart, customEnd);
        return (null, AsWritten(m.Body[m.Tokens[customStart].Start..m.Tokens[customEnd].End]), customStart);
    }

    private bool HoldsCatalogWord(MessageTokens m, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (_names.ContainsKey(m.Tokens[k].Fold))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTextWord(MessageTokens m, int j) =>
        m.Roles[j] == TokenRole.None && m.Tokens[j].IsWord && m.Words[j].Kind == NotationWordKind.Text;

    private static void Mark(MessageTokens m, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            m.Roles[k] = TokenRole.Name;
        }
    }

    /// <summary>The name as written, with emoji and stray punctuation between its words reduced to single spaces.</summary>
    private static string AsWritten(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’')
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }
}
