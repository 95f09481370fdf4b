using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bestillinger;

public enum BestillingStatus
{
    Afventer,
    Accepteret,
    Afvist,
}

/// <summary>
/// An order (bestilling) of a grant to its provider: goals, scope, legal paragraph, price and period as sent, the
/// caseworker to contact, and the provider's answer. The flow waits on <see cref="BookmarkId"/> until the answer.
/// </summary>
public sealed class Bestilling : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid BevillingId { get; set; }

    public Guid ProviderId { get; set; }

    public Guid? OfferId { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string BookmarkId { get; set; }

    public required string IndsatsType { get; set; }

    /// <summary>The goals of the indstilling, as JSON.</summary>
    public required string MaalJson { get; set; }

    public required string Lovgrundlag { get; set; }

    public decimal Omfang { get; set; }

    public required string Enhed { get; set; }

    public long EnhedsprisOere { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? Slut { get; set; }

    /// <summary>The caseworker the provider contacts: the one who sent the order.</summary>
    public required string KontaktNavn { get; set; }

    public required string KontaktBrugernavn { get; set; }

    public BestillingStatus Status { get; set; } = BestillingStatus.Afventer;

    public string? Begrundelse { get; set; }

    public DateTimeOffset SendtAt { get; set; }

    public DateTimeOffset? BesvaretAt { get; set; }

    public string? BesvaretAf { get; set; }
}
