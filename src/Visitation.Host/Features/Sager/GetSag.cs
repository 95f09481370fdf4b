using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// The case page, CPR masked (the full number only through the audited reveal); every read is in the audit trail. An underretning's
/// attachments are listed only for those who see the notifier's identity.
/// </summary>
public static class GetSag
{
    public sealed record Query(Guid Id) : IQuery<SagDetailView>;

    public sealed class Handler(VisitationDbContext db, UserNames userNames, AuditTrail audit, CurrentUser currentUser) : IQueryHandler<Query, SagDetailView>
    {
        public async ValueTask<SagDetailView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Include(s => s.Foraeldremyndighed).SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var siblings = sag.SoeskendeGruppeId is { } group
                ? await db.Sager.AsNoTracking().Where(s => s.SoeskendeGruppeId == group && s.Id != sag.Id).OrderBy(s => s.OprettetAt)
                    .Select(s => new SiblingView(s.Id, s.Sagsnummer, s.BarnNavn)).ToListAsync(cancellationToken)
                : [];
            // An underretning's attachments may name the notifier: shown only to those who see the notifier's identity.
            var seesNotifier = Underretninger.NotifierIdentity.IsVisibleTo(sag, currentUser);
            var documents = await db.SagDokumenter.AsNoTracking().Where(d => d.SagId == sag.Id && (seesNotifier || d.UnderretningId == null))
                .Select(d => new { d.Id, d.Titel, d.FilNavn, d.ContentType, d.Stoerrelse, d.UnderretningId, d.TilfoejetAt, d.TilfoejetAf })
                .ToListAsync(cancellationToken);
            var names = await userNames.ForAsync([sag], cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "sag.read", cancellationToken);
            return new SagDetailView(sag.Id, sag.Sagsnummer, sag.BarnNavn, SagSummaryView.Mask(sag.Cpr), sag.Foedselsdato, sag.Ufoedt, sag.Status,
                names.GetValueOrDefault(sag.TovholderId, "?"), sag.OverdragesTilId is { } to ? names.GetValueOrDefault(to) : null,
                sag.WorkflowInstanceId, sag.OprettetAt, sag.OprettetAf,
                [.. sag.Foraeldremyndighed.OrderBy(h => h.Navn).Select(CustodyHolderView.From)], siblings,
                [.. documents.OrderBy(d => d.TilfoejetAt).Select(d => new DocumentView(d.Id, d.Titel, d.FilNavn, d.ContentType, d.Stoerrelse,
                    d.UnderretningId, d.TilfoejetAt, d.TilfoejetAf))]);
        }
    }
}
