using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>Where a case stands; closed cases keep their data and audit trail.</summary>
public enum SagStatus
{
    Aaben,
    Lukket,
}

/// <summary>
/// A case (sag): one child. Siblings named in one underretning get one case each, linked by
/// <see cref="SoeskendeGruppeId"/>. A child without a CPR number (unborn, newly arrived) is registered with
/// name and (expected) date of birth and gets the number later.
/// </summary>
public sealed class Sag : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>Readable case number, unique in the municipality: <c>2026-000123</c>.</summary>
    public required string Sagsnummer { get; set; }

    public required string BarnNavn { get; set; }

    /// <summary>The full CPR number as <c>DDMMYY-SSSS</c>; null until known.</summary>
    public string? Cpr { get; set; }

    /// <summary>Date of birth, or the expected one for an unborn child.</summary>
    public DateOnly? Foedselsdato { get; set; }

    public bool Ufoedt { get; set; }

    public SagStatus Status { get; set; } = SagStatus.Aaben;

    /// <summary>The responsible caseworker (tovholder); always exactly one.</summary>
    public Guid TovholderId { get; set; }

    /// <summary>A handover offered to this user and not yet accepted.</summary>
    public Guid? OverdragesTilId { get; set; }

    /// <summary>Cases of siblings from the same underretning share this id.</summary>
    public Guid? SoeskendeGruppeId { get; set; }

    /// <summary>The workflow instance that drives the case (its correlation id is the case id).</summary>
    public string? WorkflowInstanceId { get; set; }

    public DateTimeOffset OprettetAt { get; set; }

    public required string OprettetAf { get; set; }

    public List<Myndighedsindehaver> Foraeldremyndighed { get; set; } = [];
}
