using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Indstillinger;

public enum AfgoerelseUdfald
{
    Bevilget,
    BevilgetMedAendring,
    Afslaaet,
    Tilbagesendt,
}

/// <summary>A decision on an indstilling, with the competence plan version and rule that routed it and who decided.</summary>
public sealed class Afgoerelse : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid IndstillingId { get; set; }

    public AfgoerelseUdfald Udfald { get; set; }

    public required string Begrundelse { get; set; }

    /// <summary>For bevilget med ændring: what was changed, in words.</summary>
    public string? Aendring { get; set; }

    /// <summary>For bevilget med ændring: the changed monthly scope, if the scope changed.</summary>
    public decimal? AendretOmfang { get; set; }

    /// <summary>For tilbagesendt: what to investigate.</summary>
    public string? Undersoeg { get; set; }

    public required string NiveauKode { get; set; }

    public required string NiveauNavn { get; set; }

    public required string RegelId { get; set; }

    public int PlanVersion { get; set; }

    public required string AfgjortAf { get; set; }

    /// <summary>Set when a substitute decided for an absent holder of the level.</summary>
    public string? StedfortraederFor { get; set; }

    public DateTimeOffset AfgjortAt { get; set; }

    /// <summary>A forum's condition: the grant ends at the latest on this date.</summary>
    public DateOnly? Tidsbegraensning { get; set; }

    /// <summary>A forum's condition: the follow-up cadence as an ISO 8601 period.</summary>
    public string? OpfoelgningKadence { get; set; }

    /// <summary>The meeting that decided, when a forum decided.</summary>
    public Guid? MoedeId { get; set; }
}
