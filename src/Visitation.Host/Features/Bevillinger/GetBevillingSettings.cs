using Mediator;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>The municipality's neutral resolver of declined orders and the expiry notice, or their defaults.</summary>
public static class GetBevillingSettings
{
    public sealed record Query : IQuery<BevillingSettingsView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, BevillingSettingsView>
    {
        public async ValueTask<BevillingSettingsView> Handle(Query query, CancellationToken cancellationToken) =>
            BevillingSettingsView.From(await BevillingNotice.SettingsAsync(db, currentUser.RequireKommuneId(), cancellationToken));
    }
}
