namespace ChatCoach.Core.Progression;

/// <summary>Draws progress charts. Core describes the chart; an adapter project renders it (ScottPlot in ChatCoach.Charts).</summary>
public interface IChartRenderer
{
    /// <summary>Renders the chart as a PNG image.</summary>
    byte[] RenderPng(ProgressChart chart);
}
