using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>The municipality's follow-up cadence rules per measure type, track and team, with the legal default and the order of precedence.</summary>
public static class ListKadenceRegler
{
    public static readonly IReadOnlyList<string> Praecedens =
        [nameof(KadenceOmfang.Sag), KadenceResolver.Forum, nameof(KadenceOmfang.IndsatsType), nameof(KadenceOmfang.Spor), nameof(KadenceOmfang.Team), KadenceResolver.Lov];

    public sealed record Query : IQuery<KadenceReglerView>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, KadenceReglerView>
    {
        public async ValueTask<KadenceReglerView> Handle(Query query, CancellationToken cancellationToken)
        {
            var rules = await db.KadenceRegler.AsNoTracking().Where(r => r.Omfang != KadenceOmfang.Sag)
                .OrderBy(r => r.Omfang).ThenBy(r => r.Noegle).ToListAsync(cancellationToken);
            return new(Kadence.Lovens.Trin, Praecedens, [.. rules.Select(KadenceRegelView.From)]);
        }
    }
}
