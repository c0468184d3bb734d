using System.Text.Json;
using ChatCoach.Core.Workouts;
using FsCheck.Xunit;
using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class SetNotationPropertyTests
{
    [Property(Arbitrary = new[] { typeof(NotationArbitraries) })]
    public void Any_text_gives_one_of_the_three_verdicts_without_throwing(NotationText text)
    {
        foreach (var unit in new[] { WeightUnit.Kg, WeightUnit.Lb })
        {
            var result = Parser.Parse(text.Value, new ParseContext(unit, Today));
            switch (result)
            {
                case LogNotation log:
                    Assert.NotEmpty(log.Entries);
                    Assert.All(log.Entries, e => Assert.InRange(e.Sets.Count, 1, 50));
                    Assert.All(log.Entries, e => Assert.NotEmpty(SetNotation.Format(e)));
                    break;
                case NotationError error:
                    Assert.NotEqual(NotationErrors.Unexpected(), error.Message);
                    Assert.Contains("For example", error.Message, StringComparison.Ordinal);
                    break;
                default:
                    Assert.IsType<NoLogNotation>(result);
                    break;
            }

            // The parse verb prints this: it must always be one line of valid JSON.
            var json = NotationJson.Write(result);
            Assert.DoesNotContain('\n', json);
            using var document = JsonDocument.Parse(json);
        }
    }

    [Property(Arbitrary = new[] { typeof(NotationArbitraries) })]
    public void A_canonical_entry_parses_back_to_the_same_entry(LoggedEntry entry)
    {
        var canonical = SetNotation.FormatCanonical(entry);

        // The canonical form writes every unit, so the person's default unit must not matter.
        foreach (var unit in new[] { WeightUnit.Kg, WeightUnit.Lb })
        {
            var result = Parser.Parse(canonical, new ParseContext(unit, Today));
            var log = Assert.IsType<LogNotation>(result);
            var back = Assert.Single(log.Entries);
            Assert.Equal(entry.ExerciseId, back.ExerciseId);
            Assert.Equal(entry.ExerciseName, back.ExerciseName);
            Assert.Equal(entry.Date, back.Date);
            Assert.Equal(entry.Sets.Count, back.Sets.Count);
            for (var i = 0; i < entry.Sets.Count; i++)
            {
                Assert.Equal(entry.Sets[i], back.Sets[i]);
            }
        }
    }
}
