using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>The nøgletal of one audience over a period and a scope, with targets and national figures; aggregates only, no case is read.</summary>
public static class GetNoegletal
{
    public sealed record Query(NoegletalFilter Filter) : IQuery<NoegletalOverviewView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, NoegletalScopeResolver scopes, NoegletalCalculator calculator,
        IOptions<NationaleTalOptions> national, TimeProvider clock) : IQueryHandler<Query, NoegletalOverviewView>
    {
        public async ValueTask<NoegletalOverviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = query.Filter.Validate(ZonedTime.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")));
            var scope = await scopes.ResolveAsync(request.Scope, cancellationToken);
            var kommuneId = currentUser.RequireKommuneId();
            var definitions = NoegletalDefinitions.Catalogue.Where(d => d.Audiences.Contains(request.Audience)).ToList();
            var results = (await calculator.ComputeAsync(request.Period, scope, kommuneId, [.. definitions.Select(d => d.Id)], cancellationToken))
                .ToDictionary(r => r.Id);
            var targets = await db.NoegletalMaal.AsNoTracking().ToDictionaryAsync(m => m.NoegletalId, m => m.Maal, cancellationToken);
            var items = definitions.Select(d => View(d, results[d.Id], targets, national.Value)).ToList();
            return new NoegletalOverviewView(request.Period.Code, request.Period.From, request.Period.To.AddDays(-1), request.ScopeCode, request.AudienceCode,
                clock.GetUtcNow(), items);
        }
    }

    public static NoegletalView View(NoegletalDefinition d, NoegletalResult r, IReadOnlyDictionary<string, decimal> targets, NationaleTalOptions national)
    {
        decimal? target = targets.TryGetValue(d.Id, out var t) ? t : null;
        var nationalFigure = national.Figures.TryGetValue(d.Id, out var n) ? new NationaltTalView(n.Value, n.Source) : null;
        bool? meets = target is { } goal && r.Value is { } value ? (d.HigherIsBetter ? value >= goal : value <= goal) : null;
        return new NoegletalView(d.Id, d.Enhed, d.HigherIsBetter, d.TitleDa, d.TitleEn, d.DefinitionDa, d.DefinitionEn,
            r.Value, r.Numerator, r.Denominator, target, nationalFigure, meets, r.Breakdown);
    }
}
