using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Pligter;

/// <summary>The duties of a case's decisions, oldest first, and a leader's own queue; reading them is audited per case.</summary>
public static class ListDuties
{
    public sealed record ForCase(Guid SagId) : IQuery<IReadOnlyList<DutyView>>;

    /// <summary>
    /// The signed-in user's queue: approvals waiting for a level they hold (or stand in for), and the justifications,
    /// copies and information delivered to their levels in the last 90 days. Their own submissions are not theirs to approve
    /// and are left out of the approvals.
    /// </summary>
    public sealed record Mine : IQuery<IReadOnlyList<QueuedDutyView>>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit, CurrentUser currentUser, TimeProvider clock)
        : IQueryHandler<ForCase, IReadOnlyList<DutyView>>, IQueryHandler<Mine, IReadOnlyList<QueuedDutyView>>
    {
        public async ValueTask<IReadOnlyList<DutyView>> Handle(ForCase query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == query.SagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var duties = await db.Pligter.AsNoTracking().Where(d => d.SagId == sag.Id).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "pligt.read", cancellationToken);
            return [.. duties.OrderBy(d => d.OprettetAt).ThenBy(d => d.Kind).Select(DutyView.From)];
        }

        public async ValueTask<IReadOnlyList<QueuedDutyView>> Handle(Mine query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            var levels = await db.Kompetenceniveauer.AsNoTracking().Select(l => new { l.Code, l.Kind }).ToListAsync(cancellationToken);
            var holders = new LevelHolders(db);
            var mine = new HashSet<string>();
            foreach (var level in levels)
                if (await holders.ActingForAsync(user, level.Code, level.Kind, now, cancellationToken) is not null) mine.Add(level.Code);
            if (mine.Count == 0) return [];

            var since = now.AddDays(-90);
            var duties = await db.Pligter.AsNoTracking()
                .Where(d => mine.Contains(d.NiveauKode)
                            && (d.State == DutyState.AfventerGodkendelse
                                || (d.State == DutyState.AfventerLevering && d.BeskedAt >= since)
                                || ((d.State == DutyState.Godkendt || d.State == DutyState.Afvist) && d.BesvaretAt >= since)))
                .ToListAsync(cancellationToken);
            var indstillingIds = duties.Select(d => d.IndstillingId).Distinct().ToList();
            var indstillinger = await db.Indstillinger.AsNoTracking().Where(i => indstillingIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
            var sagIds = duties.Select(d => d.SagId).Distinct().ToList();
            var numbers = await db.Sager.AsNoTracking().Where(s => sagIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Sagsnummer, cancellationToken);
            var queue = duties
                .Where(d => !(d.State == DutyState.AfventerGodkendelse && indstillinger[d.IndstillingId].IndstilletAfId == user.Id))
                .OrderBy(d => d.State == DutyState.AfventerGodkendelse ? 0 : 1).ThenByDescending(d => d.BesvaretAt ?? d.BeskedAt ?? d.OprettetAt)
                .Select(d =>
                {
                    var i = indstillinger[d.IndstillingId];
                    return new QueuedDutyView(DutyView.From(d), numbers[d.SagId], i.IndsatsType, i.Lovgrundlag, i.UdgiftIAarOere / 100m, i.UdgiftIAltOere / 100m,
                        i.IndstilletAf, i.Status);
                })
                .ToList();
            if (sagIds.Count > 0) await audit.ReadAsync(user.KommuneId!.Value, sagIds, "pligt.read", cancellationToken);
            return queue;
        }
    }
}
