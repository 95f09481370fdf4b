using Visitation.Activities.Afgoerelser;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Outbox;

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
        services.AddOutboxHandler<RegistrerAfgoerelse, Indstillinger.RecordAfgoerelse>();
        services.AddOutboxHandler<LukSag, CloseSag>();
        return services;
    }
}
