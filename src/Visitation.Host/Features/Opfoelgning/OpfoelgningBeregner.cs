using Visitation.Activities.Opfoelgning;
using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The flows' follow-up calculator: resolves the cadence for the case in a scope of its own and returns the
/// next due date as the end of that local day in the municipality's time zone.
/// </summary>
public sealed class OpfoelgningBeregner(IServiceScopeFactory scopes) : IOpfoelgningBeregner
{
    public static readonly TimeOnly EndOfDay = new(23, 59, 59);

    public async Task<NaesteOpfoelgning> NextAsync(OpfoelgningForespoergsel request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.TenantId, out var kommuneId)) throw new ArgumentException("The tenant is not a municipality.", nameof(request));
        await using var scope = scopes.CreateAsyncScope();
        var zone = await scope.ServiceProvider.GetRequiredService<FristResolver>().TimeZoneOfAsync(kommuneId, cancellationToken);
        var resolved = await scope.ServiceProvider.GetRequiredService<KadenceResolver>()
            .ResolveAsync(kommuneId, Guid.TryParse(request.SagId, out var sagId) ? sagId : null, request.IndsatsType, request.ForumKadence, cancellationToken);
        var start = request.Start ?? ZonedTime.LocalDate(request.Now, zone);
        var (due, interval) = resolved.Kadence.Naeste(start, request.Gennemfoert);
        return new NaesteOpfoelgning(start, DueAt(due, zone), interval, resolved.Kilde, resolved.Forklaring);
    }

    /// <summary>A follow-up due on a local date may be held until that day ends.</summary>
    public static DateTimeOffset DueAt(DateOnly due, TimeZoneInfo zone) => ZonedTime.FromLocal(due.ToDateTime(EndOfDay), zone).ToUniversalTime();
}
