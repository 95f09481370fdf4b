using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>A document's bytes, for download; the read is in the audit trail. An underretning's attachment only for those who see the notifier.</summary>
public static class GetSagDokument
{
    public sealed record Query(Guid SagId, Guid DocumentId) : IQuery<SagDokument>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit, CurrentUser currentUser) : IQueryHandler<Query, SagDokument>
    {
        public async ValueTask<SagDokument> Handle(Query query, CancellationToken cancellationToken)
        {
            var document = await db.SagDokumenter.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.SagId == query.SagId, cancellationToken)
                           ?? throw new ResourceNotFoundException("Dokumentet");
            if (document.UnderretningId is not null)
            {
                // Protected like the notifier's identity: to anyone else the attachment does not exist.
                var sag = await db.Sager.AsNoTracking().Where(s => s.Id == document.SagId).Select(s => new { s.TovholderId, s.OverdragesTilId })
                    .SingleAsync(cancellationToken);
                if (!Underretninger.NotifierIdentity.IsVisibleTo(sag.TovholderId, sag.OverdragesTilId, currentUser))
                    throw new ResourceNotFoundException("Dokumentet");
            }
            await audit.ReadAsync(document.KommuneId, [document.SagId], "dokument.read", cancellationToken);
            return document;
        }
    }
}
