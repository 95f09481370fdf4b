using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// An offer (tilbud) of a provider: a measure type at a price per unit, with capacity and vacancies. Codes are those of the
/// competence plans: <see cref="Type"/> a measure type, <see cref="PriceUnit"/> a cost-rule unit, <see cref="Provision"/>
/// intern/ekstern and <see cref="Financing"/> ramme/takst.
/// </summary>
public sealed class Offer : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid ProviderId { get; set; }

    public required string Name { get; set; }

    public required string Type { get; set; }

    public string? TargetGroup { get; set; }

    public required string LegalBasis { get; set; }

    /// <summary>The price per unit in øre.</summary>
    public long PriceOere { get; set; }

    public required string PriceUnit { get; set; }

    public int? Capacity { get; set; }

    public int? Vacancies { get; set; }

    public required string Provision { get; set; }

    public required string Financing { get; set; }

    public string? Location { get; set; }

    /// <summary>The last day of the offer's approval (godkendelse), if it needs one.</summary>
    public DateOnly? ApprovedUntil { get; set; }

    /// <summary>Where the child lives: required for a placement, optional for other offers; its step on the indsatstrappe follows from it.</summary>
    public Anbringelsesform? PlacementForm { get; set; }
}
