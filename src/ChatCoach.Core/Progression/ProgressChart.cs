namespace ChatCoach.Core.Progression;

/// <summary>
/// What a progress chart shows: one or two lines over time (top-set weight and estimated 1RM, or longest hold, or
/// most reps) and weekly volume as bars on a second axis.
/// </summary>
/// <param name="Title">The chart's title, such as "Deadlift progress".</param>
/// <param name="ValueLabel">The left axis label, such as "kg" or "seconds".</param>
/// <param name="VolumeLabel">The right axis label, such as "weekly volume (kg × reps)".</param>
/// <param name="Lines">The progress lines.</param>
/// <param name="WeeklyVolume">Volume per week, dated by the week's Monday.</param>
public sealed record ProgressChart(string Title, string ValueLabel, string VolumeLabel, IReadOnlyList<ChartSeries> Lines, IReadOnlyList<ChartPoint> WeeklyVolume);

/// <summary>A named line on a chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>One point: a day and a value.</summary>
public sealed record ChartPoint(DateOnly Date, double Value);
