using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>A case's indstillinger and decisions, oldest first; reading them is audited.</summary>
public static class ReadIndstillinger
{
    public sealed record Query(Guid SagId) : IQuery<CaseDecisionsView>;

    public sealed record CaseDecisionsView(IReadOnlyList<IndstillingView> Indstillinger, IReadOnlyList<DecisionView> Decisions);

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, CaseDecisionsView>
    {
        public async ValueTask<CaseDecisionsView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == query.SagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var indstillinger = await db.Indstillinger.AsNoTracking().Where(i => i.SagId == sag.Id).ToListAsync(cancellationToken);
            var decisions = await db.Afgoerelser.AsNoTracking().Where(a => a.SagId == sag.Id).ToListAsync(cancellationToken);
            var meetings = await Moeder.ScheduledMeetingView.ForCaseAsync(db, sag.Id, cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "indstilling.read", cancellationToken);
            return new CaseDecisionsView([.. indstillinger.OrderBy(i => i.OprettetAt).Select(i => IndstillingView.From(i, meetings.GetValueOrDefault(i.Id)))],
                [.. decisions.OrderBy(d => d.AfgjortAt).Select(DecisionView.From)]);
        }
    }
}
