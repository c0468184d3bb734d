using System.Globalization;
using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Progression;

/// <summary>Progress you can see: <c>/progress exercise</c> as a chart, <c>/stats [week|month]</c> as a summary.</summary>
public sealed class ProgressReports(ExerciseCatalog catalog, IChartRenderer charts)
{
    public async Task<Reply> ProgressAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        var (exercise, error) = ExerciseArgument.Resolve(catalog, argument, "/progress deadlift", required: true);
        if (exercise is null)
        {
            return error!;
        }

        var sessions = ExerciseSession.FromSets(await session.Workouts.AllSetsAsync(user.Id, exercise.Id, ct));
        var name = exercise.Name.ToLowerInvariant();
        if (sessions.Count == 0)
        {
            return Replies.Error($"No {name} logged yet, so there is nothing to chart.", $"{name} 3x5 60kg");
        }

        var unit = user.Unit;
        var chart = Chart(exercise, sessions, unit);
        var png = charts.RenderPng(chart);
        var first = sessions[0].Date;
        var last = sessions[^1].Date;
        var summary = sessions.Count == 1
            ? $"One {name} session so far ({WorkoutFormat.Day(first)}): log a few more to see a trend."
            : $"{sessions.Count} {name} sessions from {WorkoutFormat.Day(first)} to {WorkoutFormat.Day(last)}.";
        return new ReplyBuilder(ReplyKind.Chart)
            .Title(chart.Title)
            .Line(summary)
            .Build() with
        {
            ExerciseId = exercise.Id,
            Attachment = new ReplyAttachment($"{exercise.Id}-progress.png", "image/png", png),
        };
    }

    public async Task<Reply> StatsAsync(ICoachSession session, InboundMessage message, UserProfile user, string argument, CancellationToken ct)
    {
        var period = argument.Trim().ToLowerInvariant();
        if (period is not ("" or "week" or "month"))
        {
            return Replies.Error($"\"{Replies.Shorten(argument)}\" is not a period I know: use week or month.", "/stats month");
        }

        var today = user.LocalDate(message.SentAt);
        var month = period == "month";
        var from = month ? new DateOnly(today.Year, today.Month, 1) : Weeks.Start(today);
        var sets = await session.Workouts.SetsBetweenAsync(user.Id, from, today, ct);
        var records = (await session.Workouts.RecordsAsync(user.Id, null, ct)).Where(r => r.AchievedOn >= from && r.AchievedOn <= today).ToList();
        var title = month ? $"Your {today.ToString("MMMM", CultureInfo.InvariantCulture)} so far" : $"Your week so far (since {WorkoutFormat.Day(from)})";
        var b = new ReplyBuilder(ReplyKind.Stats).Title(title);
        if (sets.Count == 0)
        {
            return b.Line("Nothing logged yet in this period. Log a set like: deadlift 3x5 100kg").Build();
        }

        b.Line($"{sets.Select(s => s.Date).Distinct().Count()} sessions, {sets.Count} sets.");
        var byRegion = sets
            .GroupBy(s => catalog.ById(s.ExerciseId)?.Regions[0] ?? "other")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RegionLine(g.Key, [.. g], user.Unit));
        b.Line("By region:").Bullets(byRegion);
        if (records.Count > 0)
        {
            b.Line("Records this period:")
             .Bullets(records.Where(r => r.Kind != RecordKind.HeaviestForReps || records.Count(o => o.ExerciseId == r.ExerciseId) <= 3)
                 .Select(r => $"{catalog.ById(r.ExerciseId)?.Name ?? r.ExerciseId}: {WorkoutFormat.Record(r, user.Unit)}"));
        }

        return b.Build();
    }

    private static string RegionLine(string region, IReadOnlyList<StoredSet> sets, WeightUnit unit)
    {
        var volumeKg = sets.Sum(s => (s.WeightKg ?? 0) * (s.Reps ?? 0));
        var seconds = sets.Sum(s => s.Seconds ?? 0);
        var parts = new List<string> { $"{sets.Count} sets" };
        if (volumeKg > 0)
        {
            parts.Add($"{WorkoutFormat.WeightIn(volumeKg, unit)} lifted (weight × reps)");
        }

        if (seconds > 0)
        {
            parts.Add($"{WorkoutFormat.Seconds(seconds)} of holds");
        }

        return $"{HowToGuide.RegionName(region)}: {string.Join(", ", parts)}";
    }

    private static ProgressChart Chart(Exercise exercise, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit)
    {
        var title = $"{exercise.Name} progress";
        var weeks = sessions
            .GroupBy(s => Weeks.Start(s.Date))
            .Select(g => new ChartPoint(g.Key, (double)g.Sum(s => s.Sets.Sum(x => (x.WeightKg is { } kg ? WeightUnits.Convert(kg, WeightUnit.Kg, unit) : 0) * (x.Reps ?? 0)))))
            .ToList();

        if (sessions.Any(s => s.TopWeightKg is not null))
        {
            var top = sessions.Where(s => s.TopWeightKg is not null)
                .Select(s => new ChartPoint(s.Date, (double)WeightUnits.Convert(s.TopWeightKg!.Value, WeightUnit.Kg, unit))).ToList();
            var e1rm = sessions
                .Select(s => (s.Date, Best: s.Sets.Where(x => x.WeightKg is not null && x.Reps is > 0 and <= RecordBook.MaxRepsForEstimate)
                    .Select(x => (decimal?)RecordBook.EstimatedOneRepMax(x.WeightKg!.Value, x.Reps!.Value)).Max()))
                .Where(p => p.Best is not null)
                .Select(p => new ChartPoint(p.Date, (double)WeightUnits.Convert(p.Best!.Value, WeightUnit.Kg, unit))).ToList();
            return new ProgressChart(title, $"weight ({unit.Symbol()})", $"weekly volume ({unit.Symbol()} × reps)", [new ChartSeries("top set", top), new ChartSeries("estimated 1RM", e1rm)], weeks);
        }

        if (sessions.Any(s => s.MinSeconds is not null))
        {
            var holds = sessions.Select(s => new ChartPoint(s.Date, s.Sets.Max(x => x.Seconds ?? 0))).ToList();
            return new ProgressChart(title, "longest hold (seconds)", "weekly volume", [new ChartSeries("longest hold", holds)], []);
        }

        var reps = sessions.Select(s => new ChartPoint(s.Date, s.Sets.Max(x => x.Reps ?? 0))).ToList();
        var weeklyReps = sessions.GroupBy(s => Weeks.Start(s.Date))
            .Select(g => new ChartPoint(g.Key, g.Sum(s => s.TotalReps))).ToList();
        return new ProgressChart(title, "best set (reps)", "weekly reps", [new ChartSeries("most reps in a set", reps)], weeklyReps);
    }
}
