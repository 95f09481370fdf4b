using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

public enum BevillingStatus
{
    Aktiv,
    Afsluttet,
}

/// <summary>
/// A grant (bevilling, docs/domain.md § 7 and § 9): the measure with its provider, legal basis, scope, unit price and period,
/// the acting and paying municipality (codes of the 98, need not be tenants), and its commitment line. A strict-BUM
/// frame grant names no provider until the order does, and carries its frame per year.
/// </summary>
public sealed class Bevilling : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid IndstillingId { get; set; }

    public Guid? AfgoerelseId { get; set; }

    public string? WorkflowInstanceId { get; set; }

    public required string IndsatsType { get; set; }

    public string? IndsatsUndertype { get; set; }

    /// <summary>Null for a frame grant whose provider the order names later.</summary>
    public Guid? ProviderId { get; set; }

    public Guid? OfferId { get; set; }

    /// <summary>The provider's name as granted (from the catalogue, or the indstilling's free text for a frame grant).</summary>
    public string? LeverandoerNavn { get; set; }

    public required string Lovgrundlag { get; set; }

    public decimal Omfang { get; set; }

    public required string Enhed { get; set; }

    /// <summary>Price per unit in øre.</summary>
    public long EnhedsprisOere { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>The last day of the grant; null while open-ended.</summary>
    public DateOnly? Slut { get; set; }

    /// <summary>The time limit the decision set (tidsbegrænsning), if any.</summary>
    public DateOnly? Tidsbegraensning { get; set; }

    public required string HandlekommuneKode { get; set; }

    public required string BetalingskommuneKode { get; set; }

    /// <summary>For a frame grant: the frame per year in øre.</summary>
    public long? RammePrAarOere { get; set; }

    public BevillingStatus Status { get; set; } = BevillingStatus.Aktiv;

    public string? AfslutningsAarsag { get; set; }

    public required string BevilgetAf { get; set; }

    public DateTimeOffset BevilgetAt { get; set; }

    public DateTimeOffset? AfsluttetAt { get; set; }

    /// <summary>When the expiry watch told the case's flow that the end date is near; it tells it once.</summary>
    public DateTimeOffset? UdloebVarsletAt { get; set; }

    public CommitmentLine Line => new(EnhedsprisOere / 100m, Enhed, Omfang, Start, Slut);
}
