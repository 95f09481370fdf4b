using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Indstillinger;

public enum IndstillingStatus
{
    Kladde,
    AfventerAfgoerelse,
    ParkeretTilMoede,
    Tilbagesendt,
    Afgjort,
}

/// <summary>
/// The caseworker's recommendation (indstilling, docs/domain.md § 6): the proposed measure with scope, price,
/// period, expected cost (by the one cost rule), goals and follow-up cadence, and the gates' evidence. On
/// submission the competence plan routes it; the routing is kept so the decision stores plan version and rule.
/// </summary>
public sealed class Indstilling : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public IndstillingStatus Status { get; set; } = IndstillingStatus.Kladde;

    public required string Behov { get; set; }

    public required string IndsatsType { get; set; }

    public string? IndsatsUndertype { get; set; }

    public required string Lovgrundlag { get; set; }

    public string? Leverandoer { get; set; }

    public string? LeverandoerType { get; set; }

    public string? LeverandoerFinansiering { get; set; }

    public decimal Omfang { get; set; }

    public required string Enhed { get; set; }

    /// <summary>Price per unit in øre.</summary>
    public long EnhedsprisOere { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>Null for open-ended help.</summary>
    public DateOnly? ForventetSlut { get; set; }

    public long UdgiftIAarOere { get; set; }

    public long UdgiftIAltOere { get; set; }

    /// <summary>At most 3 goals, stored as JSON.</summary>
    public required string MaalJson { get; set; }

    /// <summary>Proposed follow-up cadence as an ISO 8601 period, e.g. <c>P3M</c>.</summary>
    public required string Opfoelgning { get; set; }

    public string? Alternativer { get; set; }

    public bool? Samtykke { get; set; }

    /// <summary>The gates' evidence as JSON (barnets plan, børnesamtale, familierådslagning or the reason why not, ...).</summary>
    public required string PorteJson { get; set; }

    public required string IndstilletAf { get; set; }

    public Guid IndstilletAfId { get; set; }

    public DateTimeOffset OprettetAt { get; set; }

    public DateTimeOffset? IndsendtAt { get; set; }

    public string? NiveauKode { get; set; }

    public string? NiveauNavn { get; set; }

    public string? NiveauType { get; set; }

    public string? RegelId { get; set; }

    public int? PlanVersion { get; set; }

    /// <summary>The submitter holds the routed level, so they decide it themselves, with no meeting.</summary>
    public bool EgenKompetence { get; set; }

    /// <summary>What a returned indstilling asked to investigate further.</summary>
    public string? TilbagesendtFor { get; set; }
}
