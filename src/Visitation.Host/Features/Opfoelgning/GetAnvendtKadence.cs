using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Which follow-up cadence applies to a case's measure and why, and when the next follow-up falls due from the
/// start (default: today in the municipality) after a number of follow-ups done: the same answer the flow gets.
/// </summary>
public static class GetAnvendtKadence
{
    public const int MaxGennemfoert = 500;

    public sealed record Query(Guid SagId, string? IndsatsType, string? Kadence, DateOnly? Start, int? Gennemfoert) : IQuery<AnvendtKadenceView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/indsatsType", IndsatsType, 64, required: false)) yield return error;
            if (Kadence is not null && !KadenceRules.IsPeriod(Kadence)) yield return ErrorMessages.Error("/kadence", "opfoelgning.invalidPeriod");
            if (Gennemfoert is < 0 or > MaxGennemfoert) yield return ErrorMessages.Error("/gennemfoert", "field.outOfRange", 0, MaxGennemfoert);
            if (Start is { Year: < ComputeFrist.FirstYear or > ComputeFrist.LastYear })
                yield return ErrorMessages.Error("/start", "field.outOfRange", ComputeFrist.FirstYear, ComputeFrist.LastYear);
        }
    }

    public sealed class Handler(VisitationDbContext db, KadenceResolver resolver, FristResolver frister, TimeProvider clock)
        : IQueryHandler<Query, AnvendtKadenceView>
    {
        public async ValueTask<AnvendtKadenceView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var zone = await frister.TimeZoneOfAsync(sag.KommuneId, cancellationToken);
            var start = query.Start ?? ZonedTime.LocalDate(clock.GetUtcNow(), zone);
            var resolved = await resolver.ResolveAsync(sag.KommuneId, sag.Id, query.IndsatsType, query.Kadence, start, cancellationToken);
            var done = query.Gennemfoert ?? 0;
            var (due, interval) = resolved.Kadence.Naeste(start, done);
            return new(resolved.Kilde, resolved.Noegle, resolved.Forklaring, resolved.Kadence.Trin, start, done, due, OpfoelgningBeregner.DueAt(due, zone), interval);
        }
    }
}
