using System.Globalization;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Workouts;

/// <summary>The echo's hand-written number formatting writes exactly what the custom formats "0.##" and "0.######" did.</summary>
public sealed class TrimmedNumberTests
{
    [Theory]
    [InlineData("100")]
    [InlineData("100.0")]
    [InlineData("102.50")]
    [InlineData("0.005")]
    [InlineData("0.004")]
    [InlineData("2.675")]
    [InlineData("-2.675")]
    [InlineData("-0.001")]
    [InlineData("0")]
    [InlineData("2200")]
    [InlineData("45.3592370")]
    [InlineData("1234567.125")]
    [InlineData("0.0000005")]
    [InlineData("99.9999999")]
    [InlineData("79228162514264337593543950335")]
    public void Writes_what_the_custom_format_writes(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(value.ToString("0.##", CultureInfo.InvariantCulture), WorkoutFormat.Trimmed(value, 2));
        Assert.Equal(value.ToString("0.######", CultureInfo.InvariantCulture), WorkoutFormat.Trimmed(value, 6));
    }

    [Fact]
    public void Agrees_with_the_custom_format_over_many_weights()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 20_000; i++)
        {
            // Weights as people write them, lb conversions with long fractions, and small and negative values.
            var value = i % 3 == 0
                ? random.Next(0, 2_200_000) / 1000m
                : i % 3 == 1 ? random.Next(1, 5000) / 2.20462262m : (random.Next(-100_000, 100_000) / 10_000_000m);
            Assert.Equal(value.ToString("0.##", CultureInfo.InvariantCulture), WorkoutFormat.Trimmed(value, 2));
            Assert.Equal(value.ToString("0.######", CultureInfo.InvariantCulture), WorkoutFormat.Trimmed(value, 6));
        }
    }
}
