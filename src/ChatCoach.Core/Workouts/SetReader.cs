namespace ChatCoach.Core.Workouts;

/// <summary>
/// Reads the numbers of one exercise's line into sets. First the tokens become <see cref="SetItem"/>s (a number with
/// its unit, "3 sets of 5" as sets x reps); then chains joined by x are read by their shape, lists of reps and lone
/// numbers by what stands around them; last, free weights and RPEs are given to the sets they belong to.
/// </summary>
internal sealed class SetReader
{
    private readonly List<NotationToken> _tokens;
    private readonly NotationWord[] _words;
    private readonly TokenRole[] _roles;
    private readonly int _end;
    private readonly List<SetItem> _items = new(12);
    private string? _error;
    private string? _name;
    private bool _timed;

    public SetReader(List<NotationToken> tokens, NotationWord[] words, TokenRole[] roles, int start, int end, int nameStart)
    {
        (_tokens, _words, _roles, _end) = (tokens, words, roles, end);
        Build(start, nameStart);
    }

    public bool HasQuantity { get; private set; }

    public bool HasDuration { get; private set; }

    /// <summary>An x, a sets or reps word, or an RPE: the shape of a log rather than a number in passing.</summary>
    public bool HasSetWords { get; private set; }

    /// <summary>A list of two or more reps ("5,5,4") together with a weight.</summary>
    public bool HasWeightedList
    {
        get
        {
            if (!HasWeight)
            {
                return false;
            }

            for (var i = 2; i < _items.Count; i++)
            {
                if (_items[i].IsBare && _items[i - 1].Kind == SetItemKind.Separator && _items[i - 2].IsBare)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool HasWeight { get; private set; }

    /// <summary>Checks and expands the sets, or says what is wrong.</summary>
    public List<LoggedSet>? Read(string? name, bool timed, WeightUnit defaultUnit, out string? error)
    {
        (_name, _timed) = (name, timed);
        var sets = _error is null ? Interpret(defaultUnit) : null;
        error = _error;
        return error is null ? sets : null;
    }

    /// <summary>Built only when a message is wrong: the example names the exercise the person wrote.</summary>
    private string Example => NotationErrors.Example(_name?.ToLowerInvariant(), _timed);

    private void Fail(string message) => _error ??= message;

    private bool IsFreeWord(int j, NotationWordKind kind) =>
        j < _end && _roles[j] == TokenRole.None && _tokens[j].IsWord && _words[j].Kind == kind;

    private void Build(int start, int nameStart)
    {
        var part = 0;
        var pendingAt = false;
        var pendingPlus = false;
        for (var j = start; j < _end; j++)
        {
            if (_roles[j] != TokenRole.None)
            {
                continue;
            }

            var t = _tokens[j];
            var before = j < nameStart;
            switch (t.Kind)
            {
                case NotationTokenKind.Number:
                    if (t.Invalid)
                    {
                        Fail(NotationErrors.NumberTooLong(t.Text, Example));
                    }
                    else if (t.Negative || t.Value == 0)
                    {
                        Fail(NotationErrors.NotPositive(Example));
                    }

                    j = AddQuantity(j, t.Value, t.FractionDigits == 0, part, before, ref pendingAt, ref pendingPlus);
                    break;
                case NotationTokenKind.Clock:
                    // "at 10:30" and "6:30 am" are times of day, not holds.
                    if ((j > 0 && _tokens[j - 1].IsWord && _tokens[j - 1].Text == "at") || IsAmPm(j + 1))
                    {
                        break;
                    }

                    if (t.Invalid)
                    {
                        Fail(NotationErrors.BadClock(t.Text));
                    }
                    else if (t.Negative || t.Value == 0)
                    {
                        Fail(NotationErrors.NotPositive(Example));
                    }

                    Add(new SetItem(SetItemKind.Duration, t.Value, true, null, null, part, before, false), ref pendingAt, ref pendingPlus);
                    break;
                case NotationTokenKind.Times:
                    Add(new SetItem(SetItemKind.Times, 0, true, null, null, part, before, false), ref pendingAt, ref pendingPlus);
                    break;
                case NotationTokenKind.At:
                    pendingAt = true;
                    break;
                case NotationTokenKind.Plus:
                    pendingPlus = true;
                    break;
                case NotationTokenKind.Comma:
                    Add(new SetItem(SetItemKind.Separator, 0, true, null, null, part, before, true), ref pendingAt, ref pendingPlus);
                    part++;
                    break;
                case NotationTokenKind.Slash:
                    Add(new SetItem(SetItemKind.Separator, 0, true, null, null, part, before, false), ref pendingAt, ref pendingPlus);
                    break;
                case NotationTokenKind.Word:
                    j = ReadWord(j, part, before, ref pendingAt, ref pendingPlus);
                    break;
                default:
                    break;
            }
        }
    }

    private bool IsAmPm(int j) => j < _end && _tokens[j].IsWord && _tokens[j].Text is "am" or "pm";

    private int ReadWord(int j, int part, bool before, ref bool pendingAt, ref bool pendingPlus)
    {
        var word = _words[j];
        switch (word.Kind)
        {
            case NotationWordKind.Rpe:
                // "rpe 8", "RPE8", "rpe: 8", "rpe @8".
                var k = j + 1;
                while (k < _end && _roles[k] == TokenRole.None && _tokens[k].Kind is NotationTokenKind.Colon or NotationTokenKind.At)
                {
                    k++;
                }

                if (k < _end && _roles[k] == TokenRole.None && _tokens[k].Kind == NotationTokenKind.Number)
                {
                    var n = _tokens[k];
                    CheckNumber(n);
                    Add(new SetItem(SetItemKind.Rpe, n.Value, n.FractionDigits == 0, null, null, part, before, false), ref pendingAt, ref pendingPlus);
                    HasSetWords = true;
                    return k;
                }

                return j;
            case NotationWordKind.For:
                // "100kg for 5" is 100kg x 5; "plank for 1 min" is just a plank.
                if (_items.Count > 0 && _items[^1].IsQuantity && j + 1 < _end && _roles[j + 1] == TokenRole.None
                    && _tokens[j + 1].Kind == NotationTokenKind.Number)
                {
                    Add(new SetItem(SetItemKind.Times, 0, true, null, null, part, before, false), ref pendingAt, ref pendingPlus);
                }

                return j;
            case NotationWordKind.NumberWord:
                // Number words count only in set phrases: "three sets of ten", "a set of 20".
                var counts = IsFreeWord(j + 1, NotationWordKind.Sets) || IsFreeWord(j + 1, NotationWordKind.Reps)
                    || (word.Value > 1 && j > 0 && _tokens[j - 1].IsWord && _words[j - 1].Kind == NotationWordKind.Of);
                return counts ? AddQuantity(j, word.Value, true, part, before, ref pendingAt, ref pendingPlus) : j;
            default:
                return j;
        }
    }

    private bool RpeOwnsNextNumber(int rpe)
    {
        var k = rpe + 1;
        while (k < _end && _tokens[k].Kind is NotationTokenKind.Colon or NotationTokenKind.At)
        {
            k++;
        }

        return k < _end && _roles[k] == TokenRole.None && _tokens[k].Kind == NotationTokenKind.Number;
    }

    private void CheckNumber(NotationToken n)
    {
        if (n.Invalid)
        {
            Fail(NotationErrors.NumberTooLong(n.Text, Example));
        }
        else if (n.Negative || n.Value == 0)
        {
            Fail(NotationErrors.NotPositive(Example));
        }
    }

    /// <summary>Reads a number and the word that qualifies it; returns the index of the last token used.</summary>
    private int AddQuantity(int j, decimal value, bool whole, int part, bool before, ref bool pendingAt, ref bool pendingPlus)
    {
        var kind = SetItemKind.Number;
        WeightUnit? unit = null;
        string? unknown = null;
        var next = j + 1;
        if (next < _end && _roles[next] == TokenRole.None && _tokens[next].IsWord)
        {
            var w = _words[next];
            switch (w.Kind)
            {
                case NotationWordKind.Unit:
                    (kind, unit, j) = (SetItemKind.Weight, (WeightUnit)w.Value, next);
                    break;
                case NotationWordKind.TimeUnit:
                    (kind, value, j) = (SetItemKind.Duration, value * w.Value, next);
                    whole = decimal.Round(value) == value;
                    value = decimal.Round(value);
                    break;
                case NotationWordKind.Sets:
                    (kind, j) = (SetItemKind.Sets, next);
                    HasSetWords = true;
                    break;
                case NotationWordKind.Reps:
                    (kind, j) = (SetItemKind.Reps, next);
                    HasSetWords = true;
                    break;
                case NotationWordKind.Rpe when !RpeOwnsNextNumber(next):
                    // "@8 rpe"; but in "x 5 rpe 8" the word takes the number after it.
                    (kind, j) = (SetItemKind.Rpe, next);
                    HasSetWords = true;
                    break;
                case NotationWordKind.Text:
                    // A word glued to the number, or a lone word after it, is probably a unit ("100 stone", "5k");
                    // a phrase after a number ("3x5 felt heavy") is just talk.
                    if (!_tokens[next].SpaceBefore || !IsFreeWord(next + 1, NotationWordKind.Text))
                    {
                        (kind, unknown, j) = (SetItemKind.Unknown, _tokens[next].Text, next);
                    }

                    break;
                default:
                    break;
            }
        }

        if (pendingPlus && kind is SetItemKind.Number or SetItemKind.Unknown)
        {
            // "+10" on pull-ups is an added load in the default unit.
            kind = SetItemKind.Weight;
        }
        else if (pendingAt && kind == SetItemKind.Number)
        {
            kind = SetItemKind.AtNumber;
        }

        Add(new SetItem(kind, value, whole, unit, unknown, part, before, false), ref pendingAt, ref pendingPlus);

        // "3 sets of 5": the "of" joins sets to reps like an x.
        if (kind == SetItemKind.Sets && IsFreeWord(j + 1, NotationWordKind.Of))
        {
            Add(new SetItem(SetItemKind.Times, 0, true, null, null, part, before, false), ref pendingAt, ref pendingPlus);
            j++;
        }

        return j;
    }

    private void Add(SetItem item, ref bool pendingAt, ref bool pendingPlus)
    {
        _items.Add(item);
        (pendingAt, pendingPlus) = (false, false);
        switch (item.Kind)
        {
            case SetItemKind.Times or SetItemKind.Sets or SetItemKind.Reps or SetItemKind.Rpe:
                HasSetWords = true;
                HasQuantity = true;
                break;
            case SetItemKind.Duration:
                HasDuration = true;
                HasQuantity = true;
                break;
            case SetItemKind.Weight:
                HasWeight = true;
                HasQuantity = true;
                break;
            case SetItemKind.Number or SetItemKind.Unknown or SetItemKind.AtNumber:
                HasQuantity = true;
                break;
            default:
                break;
        }
    }

    private List<LoggedSet>? Interpret(WeightUnit defaultUnit)
    {
        var items = _items;
        var groups = new List<SetGroup>(4);
        var singles = new List<int>(4);
        var rpes = new List<int>(2);
        var atNumbers = new List<int>(2);

        // Chains: quantities joined by x ("3x5", "100x5x3"), and "3 sets 5 reps" written without one.
        var i = 0;
        while (i < items.Count)
        {
            var item = items[i];
            if (item.Kind == SetItemKind.Times)
            {
                // A leading "x5" is lifter shorthand for five reps.
                if (i + 1 < items.Count && items[i + 1].IsBare)
                {
                    var g = new SetGroup(i, i + 1) { Part = items[i + 1].Part, Reps = items[i + 1] };
                    groups.Add(g);
                    i += 2;
                    continue;
                }

                Fail(NotationErrors.Dangling(Example));
                return null;
            }

            if (!item.IsQuantity)
            {
                if (item.Kind == SetItemKind.Rpe)
                {
                    rpes.Add(i);
                }
                else if (item.Kind == SetItemKind.AtNumber)
                {
                    atNumbers.Add(i);
                }

                i++;
                continue;
            }

            var k = i;
            while (k + 1 < items.Count && items[k + 1].Kind == SetItemKind.Times)
            {
                if (k + 2 < items.Count && items[k + 2].IsQuantity)
                {
                    k += 2;
                }
                else
                {
                    Fail(NotationErrors.Dangling(Example));
                    return null;
                }
            }

            if (k == i && k + 1 < items.Count
                && ((item.Kind == SetItemKind.Sets && items[k + 1].Kind is SetItemKind.Reps or SetItemKind.Number)
                    || (item.Kind == SetItemKind.Reps && items[k + 1].Kind == SetItemKind.Sets)))
            {
                k++;
            }
            else if (k == i && k + 2 < items.Count && items[k + 1].Kind == SetItemKind.Separator
                && ((item.Kind == SetItemKind.Sets && items[k + 2].Kind == SetItemKind.Reps) || (item.Kind == SetItemKind.Reps && items[k + 2].Kind == SetItemKind.Sets)))
            {
                // "3 sets, 5 reps": the words say which is which, so the comma does not split them.
                k += 2;
            }

            if (k == i)
            {
                singles.Add(i);
                i++;
                continue;
            }


            groups.Add(new SetGroup(i, k) { Part = item.Part });
            i = k + 1;
        }

        // Lone numbers: lists of reps ("5,5,4", "5/5/4"), reps after a weight x reps ("100kg x 5, 5, 4"), or a weight.
        var freeWeights = new List<int>(2);
        var deferred = new List<int>(2);
        foreach (var s in singles)
        {
            var item = items[s];
            switch (item.Kind)
            {
                case SetItemKind.Weight:
                    freeWeights.Add(s);
                    break;
                case SetItemKind.Duration:
                    groups.Add(new SetGroup(s, s) { Part = item.Part, Seconds = item });
                    break;
                case SetItemKind.Reps:
                    groups.Add(new SetGroup(s, s) { Part = item.Part, Reps = item });
                    break;
                case SetItemKind.Sets:
                    Fail(NotationErrors.NoReps(Example));
                    return null;
                default:
                    // "110kg 3" after other sets: the number beside the weight is its reps.
                    if (InList(s) || (item.Kind == SetItemKind.Number && s > 0 && items[s - 1].Kind == SetItemKind.Weight && items[s - 1].Part == item.Part
                        && singles.Contains(s - 1) && singles.Count(o => items[o].Kind == SetItemKind.Weight) > 1))
                    {
                        groups.Add(new SetGroup(s, s) { Part = item.Part, Reps = item });
                    }
                    else
                    {
                        deferred.Add(s);
                    }

                    break;
            }
        }

        var anyFree = freeWeights.Count > 0 || deferred.Count > 0 || atNumbers.Exists(a => items[a].Value > 10);
        groups.Sort(static (a, b) => a.First.CompareTo(b.First));
        for (var gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            if (g.First != g.Last && g.Reps is null && !ReadChain(g, anyFree))
            {
                return null;
            }

            // Reps listed after one weighted set ("100kg x 5, 5, 4") are more sets at that weight.
            if (gi > 0 && g.First == g.Last && g.Reps is { } r && r.IsBare && groups[gi - 1] is { Weight: not null, Sets: null } previous
                && previous.Last == g.First - 2 && items[g.First - 1].Kind == SetItemKind.Separator)
            {
                g.Weight = previous.Weight;
            }
        }

        if (deferred.Count > 0)
        {
            if (deferred.Count > 1)
            {
                Fail(NotationErrors.Unreadable(Example));
                return null;
            }

            var d = deferred[0];
            var item = items[d];
            if (groups.Count > 0)
            {
                freeWeights.Add(d);
            }
            else if (freeWeights.Count > 0 || item.BeforeName || item.Value <= 20)
            {
                groups.Add(new SetGroup(d, d) { Part = item.Part, Reps = item });
            }
            else
            {
                Fail(NotationErrors.NoReps(Example));
                return null;
            }
        }

        var weightGiven = freeWeights.Count > 0 || groups.Exists(g => g.Weight is not null);
        foreach (var a in atNumbers)
        {
            if (items[a].Value <= 10 && (weightGiven || atNumbers.Exists(o => items[o].Value > 10)))
            {
                rpes.Add(a);
            }
            else
            {
                freeWeights.Add(a);
            }
        }

        if (groups.Count == 0)
        {
            Fail(NotationErrors.NoReps(Example));
            return null;
        }

        groups.Sort(static (a, b) => a.First.CompareTo(b.First));
        if (!GiveWeights(groups, freeWeights) || !GiveRpes(groups, rpes))
        {
            return null;
        }

        return Expand(groups, defaultUnit);
    }

    /// <summary>A bare number with another bare number one separator away: an element of a list of reps.</summary>
    private bool InList(int s)
    {
        var items = _items;
        return (s >= 2 && items[s - 1].Kind == SetItemKind.Separator && items[s - 2].IsBare && !IsChainEnd(s - 2))
            || (s + 2 < items.Count && items[s + 1].Kind == SetItemKind.Separator && items[s + 2].IsBare && !IsChainStart(s + 2))
            || (s >= 2 && items[s - 1].Kind == SetItemKind.Separator && IsChainEnd(s - 2));
    }

    private bool IsChainEnd(int s) => s >= 1 && _items[s - 1].Kind == SetItemKind.Times;

    private bool IsChainStart(int s) => s + 1 < _items.Count && _items[s + 1].Kind == SetItemKind.Times;

    /// <summary>Reads a chain by its shape. A bare first number over 20 with no weight elsewhere is the weight ("100x5").</summary>
    private bool ReadChain(SetGroup g, bool anyFree)
    {
        var elements = new List<SetItem>(3);
        for (var e = g.First; e <= g.Last; e++)
        {
            if (_items[e].IsQuantity)
            {
                elements.Add(_items[e]);
            }
        }

        if (elements.Count == 2)
        {
            return ReadPair(g, elements[0], elements[1], anyFree);
        }

        if (elements.Count != 3)
        {
            Fail(NotationErrors.Unreadable(Example));
            return false;
        }

        var (a, b, c) = (elements[0], elements[1], elements[2]);
        switch (a.Kind, b.Kind, c.Kind)
        {
            case (SetItemKind.Weight, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Reps, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Sets):
                (g.Weight, g.Reps, g.Sets) = (a, b, c);
                return true;
            case (SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Sets, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Reps, SetItemKind.Weight):
                (g.Sets, g.Reps, g.Weight) = (a, b, c);
                return true;
            case (SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Sets, SetItemKind.Duration, SetItemKind.Weight):
                (g.Sets, g.Seconds, g.Weight) = (a, b, c);
                return true;
            case (SetItemKind.Weight, SetItemKind.Duration, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Sets):
                (g.Weight, g.Seconds, g.Sets) = (a, b, c);
                return true;
            case (SetItemKind.Number or SetItemKind.Unknown, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Reps, SetItemKind.Number or SetItemKind.Unknown or SetItemKind.Sets):
                if (anyFree)
                {
                    Fail(NotationErrors.Unreadable(Example));
                    return false;
                }

                // "100x5x3" is weight x reps x sets; "3x5x100" puts the weight last.
                if (a.Value <= 20 && c.Value > 20)
                {
                    (g.Sets, g.Reps, g.Weight) = (a, b, c);
                }
                else
                {
                    (g.Weight, g.Reps, g.Sets) = (a, b, c);
                }

                return true;
            default:
                Fail(NotationErrors.Unreadable(Example));
                return false;
        }
    }

    private bool ReadPair(SetGroup g, SetItem a, SetItem b, bool anyFree)
    {
        const SetItemKind N = SetItemKind.Number;
        const SetItemKind U = SetItemKind.Unknown;
        switch (a.Kind, b.Kind)
        {
            case (SetItemKind.Sets, N or U or SetItemKind.Reps):
            case (N or U, SetItemKind.Reps) when anyFree || a.Value <= 20:
            case (N or U, N or U) when anyFree || a.Value <= 20:
                (g.Sets, g.Reps) = (a, b);
                return true;
            case (N or U, N or U or SetItemKind.Reps):
            case (SetItemKind.Weight, N or U or SetItemKind.Reps):
                (g.Weight, g.Reps) = (a, b);
                return true;
            case (SetItemKind.Reps or N or U, SetItemKind.Sets):
            case (SetItemKind.Reps, N or U):
                (g.Reps, g.Sets) = (a, b);
                return true;
            case (N or U or SetItemKind.Reps, SetItemKind.Weight):
                (g.Reps, g.Weight) = (a, b);
                return true;
            case (N or U or SetItemKind.Sets, SetItemKind.Duration):
                (g.Sets, g.Seconds) = (a, b);
                return true;
            case (SetItemKind.Duration, N or U or SetItemKind.Sets):
                (g.Seconds, g.Sets) = (a, b);
                return true;
            case (SetItemKind.Weight, SetItemKind.Duration):
                (g.Weight, g.Seconds) = (a, b);
                return true;
            case (SetItemKind.Duration, SetItemKind.Weight):
                (g.Seconds, g.Weight) = (a, b);
                return true;
            case (SetItemKind.Weight, SetItemKind.Sets):
            case (SetItemKind.Sets, SetItemKind.Weight):
                Fail(NotationErrors.NoReps(Example));
                return false;
            default:
                Fail(NotationErrors.Unreadable(Example));
                return false;
        }
    }

    /// <summary>
    /// One free weight goes with every set that has none ("3x5 100kg", "5/5/4 @ 100kg"). With several, each goes with
    /// the sets between its commas, and sets with none take the last weight before them.
    /// </summary>
    private bool GiveWeights(List<SetGroup> groups, List<int> freeWeights)
    {
        if (freeWeights.Count == 0)
        {
            return true;
        }

        foreach (var w in freeWeights)
        {
            if (_items[w] is { Kind: SetItemKind.Unknown, Word: { } word })
            {
                Fail(NotationErrors.UnknownUnit(word, Example));
                return false;
            }
        }

        var used = new bool[freeWeights.Count];
        foreach (var g in groups)
        {
            if (g.Weight is not null)
            {
                continue;
            }

            var pick = -1;
            if (freeWeights.Count == 1)
            {
                pick = 0;
            }
            else
            {
                for (var w = 0; w < freeWeights.Count; w++)
                {
                    var part = _items[freeWeights[w]].Part;
                    if (part == g.Part)
                    {
                        if (pick >= 0 && _items[freeWeights[pick]].Part == g.Part)
                        {
                            Fail(NotationErrors.WhichWeight(Example));
                            return false;
                        }

                        pick = w;
                    }
                    else if (part < g.Part && (pick < 0 || _items[freeWeights[pick]].Part < part))
                    {
                        pick = w;
                    }
                    else if (pick < 0 && part > g.Part)
                    {
                        pick = w;
                    }
                }
            }

            g.Weight = _items[freeWeights[pick]];
            used[pick] = true;
        }

        if (Array.IndexOf(used, false) >= 0)
        {
            Fail(NotationErrors.WhichWeight(Example));
            return false;
        }

        return true;
    }

    /// <summary>An RPE belongs to the sets it follows ("100x5, 120x3 @8" is the 120x3); written first, to the first sets.</summary>
    private bool GiveRpes(List<SetGroup> groups, List<int> rpes)
    {
        foreach (var r in rpes)
        {
            var rpe = _items[r];
            if (rpe.Value is < 1 or > 10)
            {
                Fail(NotationErrors.RpeRange(Example));
                return false;
            }

            SetGroup? target = null;
            foreach (var g in groups)
            {
                if (g.Last < r)
                {
                    target = g;
                }
            }

            target ??= groups[0];
            if (target.Rpe is not null)
            {
                Fail(NotationErrors.TwoRpes(Example));
                return false;
            }

            target.Rpe = rpe.Value;
        }

        return true;
    }

    private List<LoggedSet>? Expand(List<SetGroup> groups, WeightUnit defaultUnit)
    {
        // A bare weight takes the unit written elsewhere on the line ("100lb x 5, 110 x 5"), else the person's default.
        var lineUnit = defaultUnit;
        foreach (var item in _items)
        {
            if (item is { Kind: SetItemKind.Weight, Unit: { } u })
            {
                lineUnit = u;
                break;
            }
        }

        var sets = new List<LoggedSet>(8);
        foreach (var g in groups)
        {
            var count = 1;
            if (g.Sets is { } s)
            {
                if (!s.Whole)
                {
                    Fail(NotationErrors.Fraction(Example));
                    return null;
                }

                if (s.Value > NotationErrors.MaxSets)
                {
                    Fail(NotationErrors.TooManySets((int)Math.Min(s.Value, int.MaxValue), Example));
                    return null;
                }

                count = (int)s.Value;
            }

            int? reps = null;
            if (g.Reps is { } r)
            {
                if (!r.Whole)
                {
                    Fail(NotationErrors.Fraction(Example));
                    return null;
                }

                if (r.Value > NotationErrors.MaxReps)
                {
                    Fail(NotationErrors.TooManyReps(Example));
                    return null;
                }

                reps = (int)r.Value;
            }

            int? seconds = null;
            if (g.Seconds is { } d)
            {
                if (d.Value > NotationErrors.MaxSeconds)
                {
                    Fail(NotationErrors.TooLongHold(NotationErrors.Example(null, timed: true)));
                    return null;
                }

                if (d.Value < 1)
                {
                    Fail(NotationErrors.NotPositive(Example));
                    return null;
                }

                seconds = (int)d.Value;
            }

            decimal? weight = null;
            WeightUnit? unit = null;
            if (g.Weight is { } w)
            {
                if (w.Kind == SetItemKind.Unknown)
                {
                    Fail(NotationErrors.UnknownUnit(w.Word ?? string.Empty, Example));
                    return null;
                }

                unit = w.Unit ?? lineUnit;
                if (w.Value > (unit == WeightUnit.Kg ? NotationErrors.MaxKg : NotationErrors.MaxLb))
                {
                    Fail(NotationErrors.TooHeavy(w.Value, unit.Value, Example));
                    return null;
                }

                weight = w.Value;
            }

            if (sets.Count + count > NotationErrors.MaxSets)
            {
                Fail(NotationErrors.TooManySets(Example));
                return null;
            }

            var set = new LoggedSet(reps, weight, unit, seconds, g.Rpe);
            for (var n = 0; n < count; n++)
            {
                sets.Add(set);
            }
        }

        return sets;
    }
}
