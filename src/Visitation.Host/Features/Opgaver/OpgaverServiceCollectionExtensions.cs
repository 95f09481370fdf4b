using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Features.Opgaver;

public static class OpgaverServiceCollectionExtensions
{
    /// <summary>The work list: its projection in every step's transaction, and its escalation job on the engine's scheduler.</summary>
    public static IServiceCollection AddOpgaver(this IServiceCollection services)
    {
        services.AddOutboxHandler<HumanTask, AddWorkItem>();
        services.AddBookmarkRemovedHandler<HumanTask, CloseWorkItem>();
        services.AddSingleton<IRecurringJob, WorkItemEscalationJob>();
        return services;
    }
}
