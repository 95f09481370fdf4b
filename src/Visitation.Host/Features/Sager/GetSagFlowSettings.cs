using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Sager;

/// <summary>The flow the municipality's new cases start, or the default <c>visitation-standard</c>.</summary>
public static class GetSagFlowSettings
{
    public sealed record Query : IQuery<SagFlowSettingsView>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, SagFlowSettingsView>
    {
        public async ValueTask<SagFlowSettingsView> Handle(Query query, CancellationToken cancellationToken) =>
            SagFlowSettingsView.From(await db.SagFlowSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken));
    }
}
