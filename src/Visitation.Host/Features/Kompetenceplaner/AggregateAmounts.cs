using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The amounts an aggregate condition tests (docs/duties.md, "Aggregated amounts"): for the calendar year in which the
/// measure starts, the part of every grant to the child, or to the family, that falls in that year by the cost rule (pro
/// rata for grants starting or ending within it; ended grants count for the months they ran), plus the measure being
/// decided. The family is the child's case and every case of the municipality that shares a custody holder with it (names
/// compared without case and surrounding spaces) or is in its sibling group.
/// </summary>
public static class AggregateAmounts
{
    public sealed record Amounts(int Year, decimal Child, decimal Family);

    public static async Task<Amounts> ForIndstillingAsync(VisitationDbContext db, Indstilling indstilling, CancellationToken cancellationToken)
    {
        var year = indstilling.Start.Year;
        var own = ExpectedAmounts.ForYear(new CostScope(indstilling.Omfang, indstilling.Enhed, indstilling.EnhedsprisOere / 100m, indstilling.Start,
            indstilling.ForventetSlut), year);
        var (child, family) = await GrantedAsync(db, indstilling.KommuneId, indstilling.SagId, year, cancellationToken);
        return new Amounts(year, child + own, family + own);
    }

    /// <summary>What is already granted in <paramref name="year"/> to the case's child and to its family.</summary>
    public static async Task<(decimal Child, decimal Family)> GrantedAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, int year,
        CancellationToken cancellationToken)
    {
        var sag = await db.Sager.AsNoTracking().Include(s => s.Foraeldremyndighed)
            .SingleAsync(s => s.KommuneId == kommuneId && s.Id == sagId, cancellationToken);
        var holders = sag.Foraeldremyndighed.Select(m => m.Navn.Trim().ToLower()).Distinct().ToList();
        var group = sag.SoeskendeGruppeId;
        var family = await db.Sager.AsNoTracking()
            .Where(s => s.KommuneId == kommuneId
                        && (s.Id == sagId || (group != null && s.SoeskendeGruppeId == group) || s.Foraeldremyndighed.Any(m => holders.Contains(m.Navn.Trim().ToLower()))))
            .Select(s => s.Id).ToListAsync(cancellationToken);

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var grants = await db.Bevillinger.AsNoTracking()
            .Where(b => b.KommuneId == kommuneId && family.Contains(b.SagId) && b.Start <= last && (b.Slut == null || b.Slut >= first))
            .Select(b => new { b.SagId, b.Omfang, b.Enhed, b.EnhedsprisOere, b.Start, b.Slut })
            .ToListAsync(cancellationToken);
        decimal childSum = 0, familySum = 0;
        foreach (var g in grants)
        {
            var amount = ExpectedAmounts.ForYear(new CostScope(g.Omfang, g.Enhed, g.EnhedsprisOere / 100m, g.Start, g.Slut), year);
            familySum += amount;
            if (g.SagId == sagId) childSum += amount;
        }
        return (childSum, familySum);
    }
}
