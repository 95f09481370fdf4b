using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Features.Noegletal;

public sealed partial class NoegletalCalculator
{
    private async Task<IEnumerable<NoegletalResult>> CaseloadAsync(ScopedCases scope, Guid kommuneId, CancellationToken cancellationToken)
    {
        var perTovholder = await scope.Filter(db.Sager.AsNoTracking(), s => s.Id)
            .Where(s => s.Status == SagStatus.Aaben)
            .GroupBy(s => s.TovholderId)
            .Select(g => new { TovholderId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var tovholderIds = perTovholder.Select(p => p.TovholderId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && tovholderIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var openIds = await scope.Filter(db.Sager.AsNoTracking(), s => s.Id).Where(s => s.Status == SagStatus.Aaben).Select(s => s.Id).ToListAsync(cancellationToken);

        var active = new NoegletalResult(NoegletalDefinitions.AktiveSager);
        active.NumeratorCases.UnionWith(openIds);
        active.Value = openIds.Count;
        var load = new NoegletalResult(NoegletalDefinitions.Sagsbyrde);
        load.NumeratorCases.UnionWith(openIds);
        load.Denominator = perTovholder.Count;
        load.Value = perTovholder.Count == 0 ? null : Math.Round((decimal)openIds.Count / perTovholder.Count, 1, MidpointRounding.AwayFromZero);
        foreach (var p in perTovholder.OrderByDescending(p => p.Count).ThenBy(p => names.GetValueOrDefault(p.TovholderId)))
        {
            var part = new NoegletalBreakdown(p.TovholderId.ToString(), names.GetValueOrDefault(p.TovholderId) ?? "—", p.Count, p.Count);
            active.Breakdown.Add(part);
            load.Breakdown.Add(part);
        }
        return [active, load];
    }

    private async Task<IEnumerable<NoegletalResult>> MeasuresAsync(NoegletalPeriod period, ScopedCases scope, CancellationToken cancellationToken)
    {
        var first = period.From;
        var last = period.To.AddDays(-1);
        var grants = await scope.Filter(db.Bevillinger.AsNoTracking(), b => b.SagId)
            .Where(b => b.Start <= last && (b.Slut == null || b.Slut >= first))
            .Select(b => new
            {
                b.SagId, b.IndsatsType, b.Lovgrundlag, b.Start, b.Slut, b.EnhedsprisOere, b.Enhed,
                ProviderKind = db.Indstillinger.Where(i => i.Id == b.IndstillingId).Select(i => i.LeverandoerType).FirstOrDefault(),
                PlacementForm = db.Offers.Where(o => o.Id == b.OfferId).Select(o => o.PlacementForm).FirstOrDefault(),
                b.IndsatsUndertype,
            })
            .ToListAsync(cancellationToken);

        var measures = new NoegletalResult(NoegletalDefinitions.Indsatser);
        foreach (var g in grants) measures.NumeratorCases.Add(g.SagId);
        measures.Value = grants.Count;
        measures.NumeratorCount = grants.Count;
        foreach (var type in grants.GroupBy(g => g.IndsatsType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            var days = type.Average(g => (decimal)((g.Slut is { } s && s < last ? s : last).DayNumber - g.Start.DayNumber + 1));
            var bases = string.Join(", ", type.Select(g => g.Lovgrundlag).Distinct().Order());
            var price = type.GroupBy(g => g.Enhed).Select(u => $"{u.Average(g => (decimal)g.EnhedsprisOere) / 100m:0.00} kr./{u.Key}");
            measures.Breakdown.Add(new(type.Key, $"{type.Key} · {Math.Round(days, 0)} dage · {bases} · {string.Join(", ", price)}",
                Math.Round(days, 1), type.Count()));
        }

        var placements = grants.Where(g => g.IndsatsType == MeasureCatalogue.Anbringelse).ToList();
        var placementShare = new NoegletalResult(NoegletalDefinitions.Anbringelser);
        foreach (var g in grants) placementShare.DenominatorCases.Add(g.SagId);
        foreach (var g in placements) placementShare.NumeratorCases.Add(g.SagId);
        placementShare.SetShare(placements.Count, grants.Count);
        placementShare.Breakdown.Add(new("anbringelse", "Anbringelser", placements.Count, placements.Count));
        placementShare.Breakdown.Add(new("forebyggende", "Forebyggende", grants.Count - placements.Count, grants.Count - placements.Count));

        var withKind = grants.Where(g => g.ProviderKind is "intern" or "ekstern").ToList();
        var internalShare = new NoegletalResult(NoegletalDefinitions.InterneLeverandoerer);
        foreach (var g in withKind) internalShare.DenominatorCases.Add(g.SagId);
        foreach (var g in withKind.Where(g => g.ProviderKind == "intern")) internalShare.NumeratorCases.Add(g.SagId);
        var internalCount = withKind.Count(g => g.ProviderKind == "intern");
        internalShare.SetShare(internalCount, withKind.Count);
        internalShare.Breakdown.Add(new("intern", "Intern", internalCount, internalCount));
        internalShare.Breakdown.Add(new("ekstern", "Ekstern", withKind.Count - internalCount, withKind.Count - internalCount));

        bool IsFosterFamily(Anbringelsesform? form, string? subtype) =>
            form is Anbringelsesform.Plejefamilie or Anbringelsesform.Netvaerksplejefamilie
            || (form is null && subtype is not null && subtype.Contains("plejefamilie", StringComparison.OrdinalIgnoreCase));
        var foster = placements.Where(g => IsFosterFamily(g.PlacementForm, g.IndsatsUndertype)).ToList();
        var fosterShare = new NoegletalResult(NoegletalDefinitions.Plejefamilier);
        foreach (var g in placements) fosterShare.DenominatorCases.Add(g.SagId);
        foreach (var g in foster) fosterShare.NumeratorCases.Add(g.SagId);
        fosterShare.SetShare(foster.Count, placements.Count);
        foreach (var form in placements.GroupBy(g => g.PlacementForm?.ToString() ?? g.IndsatsUndertype ?? "ukendt").OrderBy(g => g.Key))
            fosterShare.Breakdown.Add(new(form.Key, form.Key, form.Count(), form.Count()));
        return [measures, placementShare, internalShare, fosterShare];
    }
}
