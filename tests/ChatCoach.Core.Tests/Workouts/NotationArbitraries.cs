using System.Globalization;
using ChatCoach.Core.Workouts;
using FsCheck;
using FsCheck.Fluent;

namespace ChatCoach.Core.Tests.Workouts;

/// <summary>
/// Generators for the property tests: messages built from pieces of notation (names, numbers, times signs, units,
/// dates, commands, random UTF-16 including lone surrogates) or mutated from valid logs; and valid logged entries.
/// </summary>
public static class NotationArbitraries
{
    private static readonly string[] Valid =
    [
        "deadlift 3x5 100kg", "DL 100x5, 110x5, 120x3 @8", "yesterday: rdl 3x8 60kg\nplank 1:30", "pull ups 3x8 +10kg",
        "3 sets of 10 good mornings with 40kg", "hollow hold 45s, 40s, 30s", "/log@Bot squat 5/5/4 @ 225 lbs rpe 8",
        "deadlift 100kg x5 x3 monday", "bench 100kg 5,5,4; zercher squat 3x5 60kg 2026-11-20",
    ];

    private static readonly string[] Words =
    [
        "deadlift", "DL", "rdl", "romanian deadlift", "pull ups", "pull-ups", "good mornings", "hollow hold", "plank",
        "zercher squat", "deadlfit", "bench", "squat", "x", "X", "×", "*", "@", "@8", "rpe", "RPE8", ",", ";", "\n", "/",
        ":", "+", "-", "?", ".", "!", "sets", "set", "of", "reps", "for", "a", "three", "kg", "KG", "kgs", "kilos", "lb",
        "lbs", "pounds", "stone", "s", "sec", "min", "h", "hours", "yesterday", "today", "tomorrow", "monday", "fri",
        "last", "on", "ago", "days", "/log", "/log@Bot", "/help", "I'll", "will", "did", "with", "at", "?", "how",
        "good morning", "thanks!", "💪", "\u200F", "\u202E", "\0", "'; DROP TABLE sets; --", "\"", "\\", "’",
    ];

    private static readonly string[] Numbers =
    [
        "102.5", "0.5", "1,5", "102,5", "99999999999999999999", "1234567890", "-5", "-0", "0", "1:30", "1:75", "00:00",
        "1:00:00", "1.2.3", "5,5,4", "5/5/4", "3x", "x5", "100kgx5", "3x5x100", "2026-11-20", "2026-02-30", "9999-99-99",
        "0000-01-01", "2026-1-1", "1e9", "0x10", "1_000", "٣", "１２",
    ];

    public static Arbitrary<NotationText> Texts()
    {
        var unicode = Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs));
        var piece = Gen.Frequency(
            (4, Gen.Elements(Words)),
            (3, Gen.Choose(0, 2500).Select(n => n.ToString(CultureInfo.InvariantCulture))),
            (2, Gen.Elements(Numbers)),
            (1, unicode));
        var separated = from p in piece
                        from sep in Gen.Elements(string.Empty, " ", " ", "  ", "\t", ", ")
                        select p + sep;
        var built = Gen.ListOf(separated).Select(string.Concat);
        var mutated = from seed in Gen.Elements(Valid)
                      from edits in Gen.ListOf(Edit())
                      select Apply(seed, edits);
        return Gen.OneOf(built, mutated).Select(t => new NotationText(t)).ToArbitrary();
    }

    public static Arbitrary<LoggedEntry> Entries()
    {
        var set = from timed in Gen.Elements(false, false, true)
                  from reps in Gen.Choose(1, 30)
                  from seconds in Gen.Choose(1, 600)
                  from weighted in Gen.Elements(true, true, false)
                  from halves in Gen.Choose(1, 1000)
                  from unit in Gen.Elements(WeightUnit.Kg, WeightUnit.Lb)
                  from rated in Gen.Elements(true, false)
                  from rpeHalves in Gen.Choose(12, 20)
                  select new LoggedSet(
                      timed ? null : reps,
                      weighted ? halves / 2m : null,
                      weighted ? unit : null,
                      timed ? seconds : null,
                      rated ? rpeHalves / 2m : null);
        var entry = from exercise in Gen.Elements(NotationCatalog.Catalog.Exercises.ToArray())
                    from count in Gen.Choose(1, 10)
                    from sets in Gen.ListOf(set, count)
                    from dated in Gen.Elements(true, false)
                    from back in Gen.Choose(0, 400)
                    select new LoggedEntry(exercise.Id, exercise.Name, dated ? NotationCatalog.Today.AddDays(-back) : null, sets.ToArray());
        return entry.ToArbitrary();
    }

    private static Gen<(int Kind, int At, char Char)> Edit() =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, 120)
        from c in Gen.Frequency((3, Gen.Elements(" x×*@,;:/+-.?0123456789kgsl\n".ToCharArray())), (1, Gen.Choose(0, 0xFFFF).Select(i => (char)i)))
        select (kind, at, c);

    private static string Apply(string seed, IEnumerable<(int Kind, int At, char Char)> edits)
    {
        var text = new System.Text.StringBuilder(seed);
        foreach (var (kind, at, c) in edits)
        {
            var i = text.Length == 0 ? 0 : at % (text.Length + (kind == 0 ? 1 : 0));
            switch (kind)
            {
                case 0:
                    text.Insert(i, c);
                    break;
                case 1 when i < text.Length:
                    text.Remove(i, 1);
                    break;
                case 2 when i < text.Length:
                    text[i] = c;
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
