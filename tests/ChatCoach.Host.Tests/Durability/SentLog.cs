using System.Globalization;

namespace ChatCoach.Host.Tests.Durability;

/// <summary>
/// The n-th log the durability test sends. Its weight is unique (20 kg + n × 0.5 kg), so every set row in the
/// database says which message wrote it; one to three sets, so a half-stored log would show.
/// </summary>
internal sealed record SentLog(int Number, decimal Weight, int Sets, int Reps)
{
    public string Text => string.Create(CultureInfo.InvariantCulture, $"deadlift {Sets}x{Reps} {Weight}kg");

    public static SentLog Numbered(int number) => new(number, 20m + (number * 0.5m), Sets: 1 + (number % 3), Reps: 1 + (number % 5));

    public override string ToString() => $"#{Number} \"{Text}\"";
}
