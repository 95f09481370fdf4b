using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Pligter;

public enum DutyState
{
    /// <summary>A copy or information that is delivered when the indstilling is decided.</summary>
    Planlagt,

    /// <summary>A justification the decider has not written yet.</summary>
    AfventerBegrundelse,

    /// <summary>An approval task for the level, not yet answered.</summary>
    AfventerGodkendelse,

    Godkendt,

    /// <summary>The level refused the approval; the indstilling can only be refused or returned.</summary>
    Afvist,

    /// <summary>The message is written and waits for the outbound delivery.</summary>
    AfventerLevering,

    /// <summary>The indstilling was returned or submitted again; the duty no longer applies.</summary>
    Annulleret,
}

/// <summary>
/// A duty that a decision on an indstilling carries (docs/duties.md), made when the indstilling is submitted from the
/// routed row or re-centralisation: a copy (with or without the price), information, a justification to a level, or an
/// approval by a level. It names the level, the users it resolved to, its state, and who answered it, when and why.
/// </summary>
public sealed class DecisionDuty : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid IndstillingId { get; set; }

    /// <summary>The decision the duty delivered, once decided.</summary>
    public Guid? AfgoerelseId { get; set; }

    /// <summary>A code of <c>PlanDuty.Kinds</c>.</summary>
    public required string Kind { get; set; }

    public required string NiveauKode { get; set; }

    public required string NiveauNavn { get; set; }

    /// <summary>The decision cannot grant before this duty is settled (an approval, or a justification the row waits for).</summary>
    public bool Venter { get; set; }

    /// <summary>The ids of the users who hold the level when the duty was made, as a JSON array of strings.</summary>
    public required string ModtagereJson { get; set; }

    public DutyState State { get; set; }

    public required string RegelId { get; set; }

    public int PlanVersion { get; set; }

    public DateTimeOffset OprettetAt { get; set; }

    /// <summary>For justify-to: the decider's justification.</summary>
    public string? Begrundelse { get; set; }

    /// <summary>Who answered the duty: the approver (approve-by) or the decider who justified (justify-to).</summary>
    public string? BesvaretAf { get; set; }

    public DateTimeOffset? BesvaretAt { get; set; }

    /// <summary>The approver's reason for approving or refusing.</summary>
    public string? Aarsag { get; set; }

    /// <summary>The message the duty produced, once produced: its deduplication key, subject and text.</summary>
    public string? BeskedNoegle { get; set; }

    public string? BeskedEmne { get; set; }

    public string? BeskedTekst { get; set; }

    public DateTimeOffset? BeskedAt { get; set; }
}
