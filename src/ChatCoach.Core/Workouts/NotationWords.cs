using System.Collections.Frozen;

namespace ChatCoach.Core.Workouts;

/// <summary>The vocabulary of set notation: units, time words, dates, prose fillers and the words of plans.</summary>
internal static class NotationWords
{
    private static readonly FrozenDictionary<string, NotationWord> Words = Build();

    /// <summary>Words that make a sentence a question when they open it ("how do I deadlift", "should I do 3x5").</summary>
    private static readonly FrozenSet<string> QuestionOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "how", "what", "why", "when", "where", "which", "who", "whats", "what's", "should", "shall", "can", "could",
        "would", "will", "is", "are", "do", "does", "am", "any", "anyone", "anybody");

    public static NotationWord Classify(string lower) =>
        Words.TryGetValue(lower, out var word) ? word : new NotationWord(NotationWordKind.Text);

    public static bool OpensQuestion(string lower) => QuestionOpeners.Contains(lower);

    private static FrozenDictionary<string, NotationWord> Build()
    {
        var words = new Dictionary<string, NotationWord>(StringComparer.Ordinal);
        void Add(NotationWordKind kind, int value, params string[] list)
        {
            foreach (var w in list)
            {
                words[w] = new NotationWord(kind, value);
            }
        }

        Add(NotationWordKind.Unit, (int)WeightUnit.Kg, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms");
        Add(NotationWordKind.Unit, (int)WeightUnit.Lb, "lb", "lbs", "pound", "pounds");
        Add(NotationWordKind.TimeUnit, 1, "s", "sec", "secs", "second", "seconds");
        Add(NotationWordKind.TimeUnit, 60, "min", "mins", "minute", "minutes");
        Add(NotationWordKind.TimeUnit, 3600, "h", "hr", "hrs", "hour", "hours");
        Add(NotationWordKind.Rpe, 0, "rpe");
        Add(NotationWordKind.Sets, 0, "set", "sets");
        Add(NotationWordKind.Reps, 0, "rep", "reps", "repetition", "repetitions");
        Add(NotationWordKind.For, 0, "for");
        Add(NotationWordKind.Of, 0, "of");
        Add(NotationWordKind.Today, 0, "today", "today's", "todays");
        Add(NotationWordKind.Yesterday, 0, "yesterday", "yesterday's", "yesterdays", "yday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Monday, "monday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Tuesday, "tuesday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Wednesday, "wednesday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Thursday, "thursday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Friday, "friday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Saturday, "saturday");
        Add(NotationWordKind.Weekday, (int)DayOfWeek.Sunday, "sunday");

        // "sat" and "sun" are left out: as words they are far more common than as days.
        Add(NotationWordKind.WeekdayShort, (int)DayOfWeek.Monday, "mon");
        Add(NotationWordKind.WeekdayShort, (int)DayOfWeek.Tuesday, "tue", "tues");
        Add(NotationWordKind.WeekdayShort, (int)DayOfWeek.Wednesday, "wed", "weds");
        Add(NotationWordKind.WeekdayShort, (int)DayOfWeek.Thursday, "thu", "thur", "thurs");
        Add(NotationWordKind.WeekdayShort, (int)DayOfWeek.Friday, "fri");
        Add(NotationWordKind.Day, 0, "day", "days");
        Add(NotationWordKind.Ago, 0, "ago");
        Add(NotationWordKind.Last, 0, "last");
        Add(NotationWordKind.On, 0, "on");
        Add(NotationWordKind.Plan, 0,
            "tomorrow", "tomorrow's", "tmrw", "tmr", "tonight", "later", "next", "will", "i'll", "we'll", "you'll", "gonna",
            "going", "plan", "plans", "planning", "planned", "should", "shall", "could", "would", "might", "maybe", "want",
            "wants", "wanna", "hope", "hoping", "try", "trying", "if", "intend", "aim", "aiming", "goal", "target",
            "program", "programme", "schedule", "scheduled", "didn't", "didnt", "skipped", "skipping", "skip", "cancelled",
            "canceled", "won't", "wont", "shouldn't", "need", "needs");
        Add(NotationWordKind.Statement, 0, "is", "was", "are", "were", "pr", "pb", "max", "record", "weigh", "weighs", "weighed");
        Add(NotationWordKind.NumberWord, 1, "one", "a", "an", "single");
        Add(NotationWordKind.NumberWord, 2, "two");
        Add(NotationWordKind.NumberWord, 3, "three");
        Add(NotationWordKind.NumberWord, 4, "four");
        Add(NotationWordKind.NumberWord, 5, "five");
        Add(NotationWordKind.NumberWord, 6, "six");
        Add(NotationWordKind.NumberWord, 7, "seven");
        Add(NotationWordKind.NumberWord, 8, "eight");
        Add(NotationWordKind.NumberWord, 9, "nine");
        Add(NotationWordKind.NumberWord, 10, "ten");
        Add(NotationWordKind.NumberWord, 12, "twelve");
        Add(NotationWordKind.NumberWord, 15, "fifteen");
        Add(NotationWordKind.NumberWord, 20, "twenty");
        Add(NotationWordKind.Filler, 0,
            "i", "i'm", "im", "me", "my", "we", "our", "you", "did", "done", "do", "doing", "just", "some", "with", "w",
            "at", "and", "then", "the", "in", "got", "hit", "finished", "completed", "managed", "total", "each", "per",
            "also", "plus", "bw", "bodyweight", "body", "weight", "weights", "working", "work", "lol", "haha", "ok", "okay",
            "yeah", "yes", "no", "great", "nice", "good", "easy", "hard", "heavy", "light", "felt", "feel", "feels",
            "it", "that", "this", "these", "those", "all", "again", "too", "still", "only", "more", "new", "now", "session",
            "workout", "morning", "evening", "afternoon", "night", "gym", "log", "logged", "worked", "out", "then", "after",
            "before", "first", "then", "warmup", "about", "around", "like", "x", "by", "to", "from", "so", "very", "really",
            "went", "had", "have", "has", "finally", "ugh", "yay", "wow", "quick", "few", "again", "solid", "today's",
            "some", "usual", "fun", "brutal", "tough", "killer", "crushed", "smashed", "nailed", "pretty", "bit", "little",
            "everyone", "everybody", "guys", "folks", "team", "people", "yall", "hi", "hey", "hello", "thanks", "thank");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
