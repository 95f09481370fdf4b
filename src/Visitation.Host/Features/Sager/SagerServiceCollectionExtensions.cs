using Visitation.Host.Features.Audit;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Sager;

public static class SagerServiceCollectionExtensions
{
    public static IServiceCollection AddSager(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<CorrelatedCaseReads>();
        services.AddSingleton<AuditReadCommits>();
        services.AddScoped<SagRegistrar>();
        services.AddScoped<UserNames>();
        services.AddScoped<SagFlow>();
        services.AddScoped<NaesteSkridt>();
        services.AddScoped<Indstillinger.LevelHolders>();
        services.AddScoped<IStepCommitObserver, Indstillinger.AfgoerelseProjection>();
        return services;
    }
}
