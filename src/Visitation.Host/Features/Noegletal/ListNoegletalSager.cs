using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>
/// The drill-down: the cases behind a nøgletal's numerator (<c>part=taeller</c>) or denominator (<c>part=naevner</c>),
/// audited as reads of each listed case, as the case list is.
/// </summary>
public static class ListNoegletalSager
{
    public static readonly IReadOnlyList<string> Parts = ["taeller", "naevner"];

    public sealed record Query(string Id, NoegletalFilter Filter, string? Part) : IQuery<NoegletalSagerView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, NoegletalScopeResolver scopes, NoegletalCalculator calculator,
        AuditTrail audit, TimeProvider clock) : IQueryHandler<Query, NoegletalSagerView>
    {
        public async ValueTask<NoegletalSagerView> Handle(Query query, CancellationToken cancellationToken)
        {
            var definition = NoegletalDefinitions.Find(query.Id) ?? throw new ResourceNotFoundException("Nøgletallet");
            var part = query.Part ?? "taeller";
            if (!Parts.Contains(part)) throw new RequestValidationException(ErrorMessages.Error("/part", "field.unknownValue", string.Join(", ", Parts)));
            var request = query.Filter.Validate(ZonedTime.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")));
            var scope = await scopes.ResolveAsync(request.Scope, cancellationToken);
            var kommuneId = currentUser.RequireKommuneId();
            var result = (await calculator.ComputeAsync(request.Period, scope, kommuneId, [definition.Id], cancellationToken)).Single();
            var ids = (part == "taeller" ? result.NumeratorCases : result.DenominatorCases).ToList();
            var sager = await db.Sager.AsNoTracking().Where(s => ids.Contains(s.Id))
                .OrderBy(s => s.Sagsnummer).Take(2000).ToListAsync(cancellationToken);
            var tovholderIds = sager.Select(s => s.TovholderId).Distinct().ToList();
            var tovholdere = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && tovholderIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            await audit.ReadAsync(kommuneId, sager.Select(s => s.Id), "noegletal.drill", cancellationToken);
            return new NoegletalSagerView(definition.Id, part, request.Period.Code, request.ScopeCode,
                [.. sager.Select(s => new NoegletalSagView(s.Id, s.Sagsnummer, s.BarnNavn, tovholdere.GetValueOrDefault(s.TovholderId), s.Status.ToString()))]);
        }
    }
}
