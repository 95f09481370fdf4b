using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>A budget line with its assumptions (count × average annual price) and its amount, exact to the øre.</summary>
public sealed record BudgetLineView(Guid Id, string PolicyArea, string MeasureType, decimal Count, decimal AveragePrice, decimal Amount, int Version,
    string ChangedBy, DateTimeOffset ChangedAt);

public sealed record PolicyAreaTotal(string PolicyArea, decimal Amount);

/// <summary>One change of the budget: the line as it was afterwards, or its removal.</summary>
public sealed record BudgetChangeView(string PolicyArea, string MeasureType, int Version, decimal Count, decimal AveragePrice, decimal Amount, bool Removed,
    string ChangedBy, DateTimeOffset ChangedAt);

public sealed record BudgetView(int Year, IReadOnlyList<BudgetLineView> Lines, IReadOnlyList<PolicyAreaTotal> PolicyAreas, decimal Total,
    IReadOnlyList<BudgetChangeView> History);

public static class BudgetViews
{
    public static async Task<BudgetView> ReadAsync(VisitationDbContext db, int year, CancellationToken cancellationToken)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(b => b.Aar == year).ToListAsync(cancellationToken);
        var history = await db.BudgetLineVersions.AsNoTracking().Where(v => v.Aar == year).ToListAsync(cancellationToken);
        var views = lines.OrderBy(l => Economy.Politikomraader.ToList().IndexOf(l.Politikomraade)).ThenBy(l => l.IndsatsType)
            .Select(l => new BudgetLineView(l.Id, l.Politikomraade, l.IndsatsType, l.Antal, l.GennemsnitsprisOere / 100m, l.Beloeb, l.Version, l.AendretAf, l.AendretAt))
            .ToList();
        var areas = views.GroupBy(l => l.PolicyArea).Select(g => new PolicyAreaTotal(g.Key, g.Sum(l => l.Amount))).ToList();
        var changes = history.OrderByDescending(v => v.AendretAt).ThenByDescending(v => v.Id)
            .Select(v => new BudgetChangeView(v.Politikomraade, v.IndsatsType, v.Version, v.Antal, v.GennemsnitsprisOere / 100m,
                Economy.Amount(v.Antal, v.GennemsnitsprisOere / 100m), v.Fjernet, v.AendretAf, v.AendretAt))
            .ToList();
        return new BudgetView(year, views, areas, views.Sum(l => l.Amount), changes);
    }
}
