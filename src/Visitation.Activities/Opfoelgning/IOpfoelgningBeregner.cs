namespace Visitation.Activities.Opfoelgning;

/// <summary>When the next follow-up on a measure falls due, and by which cadence rule. The host implements it.</summary>
public interface IOpfoelgningBeregner
{
    Task<NaesteOpfoelgning> NextAsync(OpfoelgningForespoergsel request, CancellationToken cancellationToken);
}

/// <summary>
/// What the next follow-up depends on: the case, the measure's type, the local date the help started (null: the
/// municipality's date at <paramref name="Now"/>), how many follow-ups are done, and the cadence the forum decided
/// (an ISO period), if any, and the first follow-up's date fixed at the start meeting, if any (the cadence goes on from it).
/// </summary>
public sealed record OpfoelgningForespoergsel(string TenantId, string SagId, string? BevillingId, string? IndsatsType, DateOnly? Start, DateTimeOffset Now,
    int Gennemfoert, string? ForumKadence, DateOnly? FoersteOpfoelgning = null);

/// <summary>The next follow-up: the start it counts from, its due instant (end of the local due date), the period that led to it, and which rule applied.</summary>
public sealed record NaesteOpfoelgning(DateOnly Start, DateTimeOffset Frist, string Kadence, string Kilde, string Forklaring);
