namespace Visitation.Host.Features.Pligter;

public static class PligterServiceCollectionExtensions
{
    /// <summary>The duty message sink (recording until an outbound dispatcher replaces it) and the decision task's check on open duties.</summary>
    public static IServiceCollection AddPligter(this IServiceCollection services)
    {
        services.AddSingleton<IDutyMessageSink, RecordingDutyMessageSink>();
        services.AddScoped<Opgaver.IWorkItemCompletionRule, DutyDecisionRule>();
        return services;
    }
}
