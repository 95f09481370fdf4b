using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>One finding of the data-quality report: which case, which field, what is wrong, and where in the Studio to fix it.</summary>
public sealed record DatakvalitetFundView(string Kind, Guid SagId, string Sagsnummer, string Field, string Link);

public sealed record DatakvalitetView(string Scope, DateTimeOffset ComputedAt, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<DatakvalitetFundView> Findings);

/// <summary>
/// The data-quality report over open cases in a scope: missing required values, filler values, deadline fields that
/// disagree with their dates, cases without an active tovholder, and active grants without a commitment line (no price
/// or no quantity, and no frame). Each check runs as one SQL query; each finding links to the place that fixes it.
/// </summary>
public static class GetDatakvalitet
{
    public const int MaxPerCheck = 500;

    /// <summary>Values typed "just to move on" (docs/domain.md § 11), compared in lower case after trimming.</summary>
    public static readonly IReadOnlyList<string> Fillers = ["x", "xx", "xxx", "-", "--", ".", "..", "...", "test", "ukendt", "intet", "na", "n/a", "tbd", "udfyldes", "?"];

    public static readonly IReadOnlyList<string> Kinds =
        ["mangler-cpr", "fyldvaerdi", "frist-inkonsistent", "mangler-tovholder", "mangler-disponering"];

    public sealed record Query(string? Scope) : IQuery<DatakvalitetView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, NoegletalScopeResolver scopes, AuditTrail audit, TimeProvider clock)
        : IQueryHandler<Query, DatakvalitetView>
    {
        public async ValueTask<DatakvalitetView> Handle(Query query, CancellationToken cancellationToken)
        {
            var scopeCode = query.Scope ?? "kommune";
            if (!NoegletalFilter.Scopes.Contains(scopeCode))
                throw new RequestValidationException(ErrorMessages.Error("/scope", "field.unknownValue", string.Join(", ", NoegletalFilter.Scopes)));
            var scope = await scopes.ResolveAsync(Enum.Parse<NoegletalScope>(scopeCode, ignoreCase: true), cancellationToken);
            var kommuneId = currentUser.RequireKommuneId();
            var open = scope.Filter(db.Sager.AsNoTracking(), s => s.Id).Where(s => s.Status == SagStatus.Aaben);
            var findings = new List<(string Kind, Guid SagId, string Field, string Link)>();
            string Case(Guid id) => $"/sager/{id}";

            foreach (var id in await open.Where(s => s.Cpr == null && !s.Ufoedt).OrderBy(s => s.Sagsnummer).Select(s => s.Id).Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("mangler-cpr", id, "cpr", Case(id)));

            var fillers = Fillers.ToList();
            foreach (var id in await open.Where(s => fillers.Contains(s.BarnNavn.Trim().ToLower())).Select(s => s.Id).Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("fyldvaerdi", id, "barnNavn", Case(id)));
            foreach (var id in await db.Underretninger.AsNoTracking().Where(u => open.Any(s => s.Id == u.SagId))
                         .Where(u => u.Indhold.Trim().Length < 3 || fillers.Contains(u.Indhold.Trim().ToLower()))
                         .Select(u => u.SagId).Distinct().Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("fyldvaerdi", id, "underretning.indhold", Case(id)));

            foreach (var id in await db.Underretninger.AsNoTracking().Where(u => open.Any(s => s.Id == u.SagId) && u.BekendtAt > u.ModtagetAt)
                         .Select(u => u.SagId).Distinct().Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("frist-inkonsistent", id, "underretning.bekendtAt", Case(id)));
            var zone = TimeZoneInfo.FindSystemTimeZoneById(await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken));
            foreach (var u in await db.Undersoegelser.AsNoTracking().Where(u => open.Any(s => s.Id == u.SagId))
                         .Select(u => new { u.SagId, u.BekendtAt, u.FristAt }).ToListAsync(cancellationToken))
            {
                var legal = ZonedTime.FromLocal(DanishCalendar.AddMonths(ZonedTime.LocalDate(u.BekendtAt, zone), 4).AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
                if (u.FristAt < u.BekendtAt || u.FristAt > legal) findings.Add(("frist-inkonsistent", u.SagId, "undersoegelse.fristAt", $"/sager/{u.SagId}/undersoegelse"));
            }
            foreach (var id in await scope.Filter(db.Bevillinger.AsNoTracking(), b => b.SagId).Where(b => b.Slut != null && b.Slut < b.Start)
                         .Select(b => b.SagId).Distinct().Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("frist-inkonsistent", id, "bevilling.slut", Case(id)));

            foreach (var id in await open.Where(s => !db.Users.Any(u => u.Id == s.TovholderId && u.KommuneId == kommuneId && u.IsActive))
                         .Select(s => s.Id).Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("mangler-tovholder", id, "tovholder", Case(id)));

            foreach (var id in await scope.Filter(db.Bevillinger.AsNoTracking(), b => b.SagId)
                         .Where(b => b.Status == BevillingStatus.Aktiv && b.RammePrAarOere == null && (b.EnhedsprisOere <= 0 || b.Omfang <= 0))
                         .Select(b => b.SagId).Distinct().Take(MaxPerCheck).ToListAsync(cancellationToken))
                findings.Add(("mangler-disponering", id, "bevilling.disponering", Case(id)));

            var ids = findings.Select(f => f.SagId).Distinct().ToList();
            var numbers = await db.Sager.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Sagsnummer, cancellationToken);
            await audit.ReadAsync(kommuneId, ids, "datakvalitet.list", cancellationToken);
            var counts = Kinds.ToDictionary(k => k, k => findings.Count(f => f.Kind == k));
            return new DatakvalitetView(scopeCode, clock.GetUtcNow(), counts,
                [.. findings.Where(f => numbers.ContainsKey(f.SagId)).OrderBy(f => f.Kind).ThenBy(f => numbers[f.SagId])
                    .Select(f => new DatakvalitetFundView(f.Kind, f.SagId, numbers[f.SagId], f.Field, f.Link))]);
        }
    }
}
