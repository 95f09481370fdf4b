using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Sager;

/// <summary>A document's bytes, for download; the read is in the audit trail.</summary>
public static class GetSagDokument
{
    public sealed record Query(Guid SagId, Guid DocumentId) : IQuery<SagDokument>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, SagDokument>
    {
        public async ValueTask<SagDokument> Handle(Query query, CancellationToken cancellationToken)
        {
            var document = await db.SagDokumenter.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.SagId == query.SagId, cancellationToken)
                           ?? throw new ResourceNotFoundException("Dokumentet");
            await audit.ReadAsync(document.KommuneId, [document.SagId], "dokument.read", cancellationToken);
            return document;
        }
    }
}
