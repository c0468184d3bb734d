using ChatCoach.Core;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage;

/// <summary>
/// What the session connection already knows of the data every log reads: users by identity, chats already recorded,
/// and per user the recent sessions and the records of each exercise and one day's coach notes. Without it a log spent
/// more time reading these than storing itself.
/// <para>
/// It stays true only while no other connection writes. Each session asks SQLite for <c>data_version</c> right after
/// BEGIN IMMEDIATE (it changes exactly when another connection has committed, and nobody else can commit while the
/// session holds the write lock) and forgets everything when it changed: another process on the same file, a test, a
/// migration. The repositories bring it up to date with their own writes, or forget what a write makes them unsure of;
/// a session that ends without committing after touching it makes it forget everything, so nothing rolled back stays.
/// </para>
/// Not thread-safe: only the session holding the connection's turn uses it.
/// </summary>
internal sealed class KnownData
{
    /// <summary>Users kept; the least recently used goes first.</summary>
    public const int MaxUsers = 4096;

    /// <summary>Most training days kept per user: a rest-day check reads a day or two back, <c>/today</c> a week.</summary>
    public const int MaxDaysPerUser = 16;

    /// <summary>A read of a user's days from some day on that returns more sets than this is not kept.</summary>
    public const int MaxSetsPerRead = 500;

    private readonly Dictionary<(string Platform, string PlatformUserId), long> _identities = [];
    private readonly Dictionary<long, LinkedListNode<UserData>> _users = [];
    private readonly LinkedList<UserData> _byUse = [];
    private readonly HashSet<(string Platform, string ChatId)> _chats = [];
    private readonly List<(string ExerciseId, int Sessions)> _keys = [];
    private long? _dataVersion;
    private bool _touched;

    /// <summary>Called after BEGIN IMMEDIATE with the connection's <c>PRAGMA data_version</c>.</summary>
    public void BeginSession(long dataVersion)
    {
        if (_dataVersion != dataVersion)
        {
            Forget();
            _dataVersion = dataVersion;
        }

        _touched = false;
    }

    public void Committed() => _touched = false;

    /// <summary>A rollback may undo writes (or reads of them) that were taken in here.</summary>
    public void EndedWithoutCommit()
    {
        if (_touched)
        {
            Forget();
        }
    }

    public void Forget()
    {
        _identities.Clear();
        _users.Clear();
        _byUse.Clear();
        _chats.Clear();
    }

    public UserProfile? User(string platform, string platformUserId) =>
        _identities.TryGetValue((platform, platformUserId), out var id) ? Find(id)?.Profile : null;

    public void KnowUser(string platform, string platformUserId, UserProfile profile)
    {
        _identities[(platform, platformUserId)] = profile.Id;
        Get(profile.Id).Profile = profile;
    }

    /// <summary>Everything about one user: after a settings change, a deletion, or anything else not worth following.</summary>
    public void ForgetUser(long userId)
    {
        _touched = true;
        if (_users.Remove(userId, out var node))
        {
            _byUse.Remove(node);
        }

        foreach (var key in _identities.Where(i => i.Value == userId).Select(i => i.Key).ToList())
        {
            _identities.Remove(key);
        }
    }

    public bool KnowsChat(string platform, string chatId) => _chats.Contains((platform, chatId));

    public void KnowChat(string platform, string chatId)
    {
        _touched = true;
        _chats.Add((platform, chatId));
    }

    public void ForgetChats()
    {
        _touched = true;
        _chats.Clear();
    }

    /// <summary>The user's data if any is known (and marks it recently used).</summary>
    public UserData? Find(long userId)
    {
        if (!_users.TryGetValue(userId, out var node))
        {
            return null;
        }

        _byUse.Remove(node);
        _byUse.AddFirst(node);
        return node.Value;
    }

    /// <summary>The user's data, to change: created when unknown. Marks the session as having touched what is known.</summary>
    public UserData Get(long userId)
    {
        _touched = true;
        if (Find(userId) is { } known)
        {
            return known;
        }

        if (_users.Count >= MaxUsers && _byUse.Last is { } oldest)
        {
            ForgetUser(oldest.Value.UserId);
        }

        var node = _byUse.AddFirst(new UserData(userId));
        _users[userId] = node;
        return node.Value;
    }

    /// <summary>
    /// A log's sets, just stored: added to the user's known days (from <see cref="UserData.DaysKnownFrom"/> on) and to the
    /// recent sessions known for their exercises. Runs on every log, so it loops rather than grouping.
    /// </summary>
    public void Added(long userId, IReadOnlyList<StoredSet> sets)
    {
        if (sets.Count == 0 || Find(userId) is not { } user)
        {
            return;
        }

        _touched = true;
        for (var n = 0; n < sets.Count; n++)
        {
            var set = sets[n];
            if (user.DaysKnownFrom <= set.Date && ListScan.IsFirst(sets, n, static (a, b) => a.Date == b.Date))
            {
                var day = new List<StoredSet>(user.Days.GetValueOrDefault(set.Date) ?? []);
                for (var k = n; k < sets.Count; k++)
                {
                    if (sets[k].Date == set.Date)
                    {
                        day.Add(sets[k]);
                    }
                }

                user.Days[set.Date] = day;
            }

            if (ListScan.IsFirst(sets, n, static (a, b) => a.ExerciseId == b.ExerciseId))
            {
                _keys.Clear();
                foreach (var key in user.Recent.Keys)
                {
                    if (key.ExerciseId == set.ExerciseId)
                    {
                        _keys.Add(key);
                    }
                }

                if (_keys.Count > 0)
                {
                    var ofExercise = new List<StoredSet>();
                    for (var k = n; k < sets.Count; k++)
                    {
                        if (sets[k].ExerciseId == set.ExerciseId)
                        {
                            ofExercise.Add(sets[k]);
                        }
                    }

                    foreach (var key in _keys)
                    {
                        user.Recent[key] = WithSets(user.Recent[key], ofExercise, key.Sessions);
                    }
                }
            }
        }

        TrimDays(user);
    }

    /// <summary>
    /// The user's sets from <paramref name="from"/> to <paramref name="to"/> in the query's order (day, then id), or
    /// null when those days are not all known.
    /// </summary>
    public IReadOnlyList<StoredSet>? SetsBetween(long userId, DateOnly from, DateOnly to)
    {
        if (Find(userId) is not { DaysKnownFrom: { } knownFrom } user || knownFrom > from)
        {
            return null;
        }

        // A rest-day check asks for a day or two on every log: look those days up rather than sort every known day.
        var sets = new List<StoredSet>();
        if (to.DayNumber - from.DayNumber < MaxDaysPerUser)
        {
            for (var day = from.DayNumber; day <= to.DayNumber; day++)
            {
                if (user.Days.TryGetValue(DateOnly.FromDayNumber(day), out var ofDay))
                {
                    sets.AddRange(ofDay);
                }
            }
        }
        else
        {
            foreach (var (_, ofDay) in user.Days.Where(d => d.Key >= from && d.Key <= to).OrderBy(d => d.Key))
            {
                sets.AddRange(ofDay);
            }
        }

        return sets;
    }

    /// <summary>Every set of the user from <paramref name="from"/> on, just read: from then on every day is known.</summary>
    public void KnowSetsFrom(long userId, DateOnly from, IReadOnlyList<StoredSet> sets)
    {
        if (sets.Count > MaxSetsPerRead)
        {
            return;
        }

        var user = Get(userId);
        user.Days.Clear();
        foreach (var day in sets.GroupBy(s => s.Date))
        {
            user.Days[day.Key] = [.. day];
        }

        user.DaysKnownFrom = from;
        TrimDays(user);
    }

    /// <summary>The most recent <paramref name="sessions"/> training days of an exercise, after adding sets to the ones known.</summary>
    public static IReadOnlyList<StoredSet> WithSets(IReadOnlyList<StoredSet> known, IReadOnlyList<StoredSet> added, int sessions)
    {
        // The known sets are every set of the top days (or of every day, when there are fewer), so the top days after
        // adding are among the known days and the new ones; newest day first, each day in logged order, as the query.
        // New sets have the highest ids, so a log on the newest known day (or a newer one), the usual case, only puts
        // its sets at the front; anything else (a backdated log) sorts again.
        if (!ListScan.AllSame(added, static (a, b) => a.Date == b.Date) || (known.Count > 0 && added[0].Date < known[0].Date))
        {
            return Sorted(known, added, sessions);
        }

        var day = added[0].Date;
        var top = new List<StoredSet>(known.Count + added.Count);
        var first = 0;
        while (first < known.Count && known[first].Date == day)
        {
            top.Add(known[first++]);
        }

        top.AddRange(added);
        var days = 1;
        for (var i = first; i < known.Count; i++)
        {
            if (known[i].Date != (i == first ? day : known[i - 1].Date) && ++days > sessions)
            {
                break;
            }

            top.Add(known[i]);
        }

        return top;
    }

    private static IReadOnlyList<StoredSet> Sorted(IReadOnlyList<StoredSet> known, IReadOnlyList<StoredSet> added, int sessions)
    {
        var days = ExerciseSession.FromSets([.. known, .. added]);
        var top = new List<StoredSet>(known.Count + added.Count);
        for (var i = days.Count - 1; i >= 0 && i >= days.Count - sessions; i--)
        {
            top.AddRange(days[i].Sets);
        }

        return top;
    }


    /// <summary>Keeps the latest <see cref="MaxDaysPerUser"/> training days, moving <see cref="UserData.DaysKnownFrom"/> past the ones dropped.</summary>
    private static void TrimDays(UserData user)
    {
        while (user.Days.Count > MaxDaysPerUser)
        {
            var oldest = user.Days.Keys.Min();
            user.Days.Remove(oldest);
            user.DaysKnownFrom = oldest.AddDays(1);
        }
    }

    /// <summary>An exercise's records after storing some (same exercise, kind and reps replaced), in the query's order.</summary>
    public static IReadOnlyList<PersonalRecord> WithRecords(IReadOnlyList<PersonalRecord> known, IEnumerable<PersonalRecord> saved)
    {
        var byKey = known.ToDictionary(r => (r.Kind, r.Reps));
        foreach (var record in saved)
        {
            byKey[(record.Kind, record.Reps)] = record with { Value = Rows.AsStored(record.Value)!.Value, Weight = Rows.AsStored(record.Weight) };
        }

        return [.. byKey.Values.OrderBy(r => Rows.KindName(r.Kind), StringComparer.Ordinal).ThenBy(r => r.Reps)];
    }
}

/// <summary>What is known of one user. Lists and sets are replaced, never changed, so a caller may keep what it was given.</summary>
internal sealed class UserData(long userId)
{
    public long UserId { get; } = userId;

    public UserProfile? Profile { get; set; }

    /// <summary>By exercise and number of sessions: the sets of those most recent training days, newest day first.</summary>
    public Dictionary<(string ExerciseId, int Sessions), IReadOnlyList<StoredSet>> Recent { get; } = [];

    /// <summary>By exercise: every record, ordered as the query orders them.</summary>
    public Dictionary<string, IReadOnlyList<PersonalRecord>> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every set on or after <see cref="DaysKnownFrom"/>, by training day, in logged order; a day after it that is
    /// missing here has no sets.
    /// </summary>
    public Dictionary<DateOnly, IReadOnlyList<StoredSet>> Days { get; } = [];

    public DateOnly? DaysKnownFrom { get; set; }

    public DateOnly? NotesDay { get; set; }

    public IReadOnlySet<(string Subject, string Kind)>? Notes { get; set; }
}
