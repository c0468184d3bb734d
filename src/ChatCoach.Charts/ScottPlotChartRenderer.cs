using ChatCoach.Core.Progression;
using ScottPlot;

namespace ChatCoach.Charts;

/// <summary>Renders progress charts with ScottPlot: date axis, lines for the progress values, bars for weekly volume.</summary>
internal sealed class ScottPlotChartRenderer : IChartRenderer
{
    public const int Width = 900;
    public const int Height = 540;

    private static readonly Color[] LineColors = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen];

    public byte[] RenderPng(ProgressChart chart)
    {
        using var plot = new Plot();
        plot.Title(chart.Title);
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = chart.ValueLabel;

        if (chart.WeeklyVolume.Count > 0)
        {
            // Bars first so the lines draw over them, and translucent so a line behind a bar still shows; a week's bar
            // spans Monday to Saturday.
            var bars = chart.WeeklyVolume.Select(p => new Bar { Position = ToX(p.Date) + 3, Value = p.Value, Size = 6, FillColor = Colors.SlateGray.WithAlpha(50), LineWidth = 0 }).ToList();
            var barPlot = plot.Add.Bars(bars);
            barPlot.Axes.YAxis = plot.Axes.Right;
            barPlot.LegendText = chart.VolumeLabel;
            plot.Axes.Right.Label.Text = chart.VolumeLabel;
        }

        for (var i = 0; i < chart.Lines.Count; i++)
        {
            var series = chart.Lines[i];
            if (series.Points.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(series.Points.Select(p => ToX(p.Date)).ToArray(), series.Points.Select(p => p.Value).ToArray());
            scatter.LegendText = series.Name;
            scatter.Color = LineColors[i % LineColors.Length];
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
        }

        // Progress lines climb to the upper right, so the legend sits low and the top gets headroom.
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.AutoScale();
        plot.Axes.Margins(horizontal: 0.05, vertical: 0.15);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static double ToX(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
