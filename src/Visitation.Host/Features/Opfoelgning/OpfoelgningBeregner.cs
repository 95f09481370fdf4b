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

    /// <summary>The source of a first follow-up whose date the start meeting fixed.</summary>
    public const string Opstartsmoede = "Opstartsmoede";

    public async Task<NaesteOpfoelgning> NextAsync(OpfoelgningForespoergsel request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.TenantId, out var kommuneId)) throw new ArgumentException("The tenant is not a municipality.", nameof(request));
        await using var scope = scopes.CreateAsyncScope();
        var frister = scope.ServiceProvider.GetRequiredService<FristResolver>();
        var zone = await frister.TimeZoneOfAsync(kommuneId, cancellationToken);
        var start = request.Start ?? ZonedTime.LocalDate(request.Now, zone);
        var resolved = await scope.ServiceProvider.GetRequiredService<KadenceResolver>()
            .ResolveAsync(kommuneId, Guid.TryParse(request.SagId, out var sagId) ? sagId : null, request.IndsatsType, request.ForumKadence, start, cancellationToken);
        var foerste = await FixedFirstAsync(frister, kommuneId, start, request.FoersteOpfoelgning, zone, cancellationToken);
        var (due, interval) = resolved.Kadence.Naeste(start, request.Gennemfoert, foerste);
        if (foerste is { } fixedDate && request.Gennemfoert == 0)
            return new NaesteOpfoelgning(start, DueAt(due, zone), interval, Opstartsmoede,
                $"Første opfølgning fastsat på opstartsmødet til {fixedDate:yyyy-MM-dd}; derefter: {resolved.Forklaring}");
        return new NaesteOpfoelgning(start, DueAt(due, zone), interval, resolved.Kilde,
            foerste is { } from ? $"{resolved.Forklaring}, regnet fra den første opfølgning {from:yyyy-MM-dd} fastsat på opstartsmødet" : resolved.Forklaring);
    }

    /// <summary>
    /// The start meeting's date when it lies after the start; one later than the first follow-up's deadline allows (the
    /// task's check refuses it, so only a flow of its own could pass it) is held to that deadline.
    /// </summary>
    static async Task<DateOnly?> FixedFirstAsync(FristResolver frister, Guid kommuneId, DateOnly start, DateOnly? foerste, TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        if (foerste is not { } date || date <= start) return null;
        var (senest, _) = await FoersteOpfoelgningFrist.SenestAsync(frister, kommuneId, start, zone, cancellationToken);
        return date > senest ? senest : date;
    }

    /// <summary>A follow-up due on a local date may be held until that day ends.</summary>
    public static DateTimeOffset DueAt(DateOnly due, TimeZoneInfo zone) => ZonedTime.FromLocal(due.ToDateTime(EndOfDay), zone).ToUniversalTime();
}
