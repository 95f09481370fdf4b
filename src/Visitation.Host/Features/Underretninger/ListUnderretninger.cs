using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Underretninger;

/// <summary>
/// A case's underretninger, oldest first. The notifier's identity is shown only to those who handle the case:
/// its tovholder, the caseworker offered it, and leaders; other caseworkers see only the notifier type.
/// </summary>
public static class ListUnderretninger
{
    public sealed record Query(Guid SagId) : IQuery<IReadOnlyList<UnderretningView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<UnderretningView>>
    {
        public async ValueTask<IReadOnlyList<UnderretningView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var handles = NotifierIdentity.IsVisibleTo(sag, currentUser);
            var underretninger = await db.Underretninger.AsNoTracking().Where(u => u.SagId == sag.Id).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "underretning.read", cancellationToken);
            return [.. underretninger.OrderBy(u => u.ModtagetAt).ThenBy(u => u.RegistreretAt).Select(u => new UnderretningView(u.Id, u.ModtagelsesId,
                new NotifierView(u.UnderretterType, u.UnderretterType != UnderretterType.Anonymous,
                    handles ? u.UnderretterNavn : null, handles ? u.UnderretterOrganisation : null, handles ? u.UnderretterKontakt : null),
                u.ModtagetAt, u.BekendtAt, u.Indhold, u.Genvurdering, u.RegistreretAt, u.RegistreretAf))];
        }
    }
}
