using ChatCoach.Core.Progression;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Charts;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>Registers the ScottPlot chart renderer behind Core's <see cref="IChartRenderer"/>.</summary>
    public static IServiceCollection AddChatCoachCharts(this IServiceCollection services) =>
        services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
}
