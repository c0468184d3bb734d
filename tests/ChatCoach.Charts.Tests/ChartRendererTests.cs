using System.Buffers.Binary;
using ChatCoach.Core.Progression;

namespace ChatCoach.Charts.Tests;

public sealed class ChartRendererTests
{
    [Fact]
    public void A_progress_chart_is_a_png_of_the_promised_size()
    {
        var day = new DateOnly(2026, 11, 2);
        var chart = new ProgressChart(
            "Deadlift progress",
            "weight (kg)",
            "weekly volume (kg × reps)",
            [new ChartSeries("top set", [new ChartPoint(day, 100), new ChartPoint(day.AddDays(2), 105)]), new ChartSeries("estimated 1RM", [new ChartPoint(day, 116.7), new ChartPoint(day.AddDays(2), 122.5)])],
            [new ChartPoint(day, 3075)]);

        var png = new ScottPlotChartRenderer().RenderPng(chart);

        // PNG signature, then the IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ScottPlotChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ScottPlotChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 5_000, "a chart with axes, lines and labels is more than a blank image");
    }
}
