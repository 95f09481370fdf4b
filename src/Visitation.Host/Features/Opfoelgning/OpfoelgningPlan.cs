using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The next follow-up a running follow-up flow has planned for a case's measure, with the rule that set it; one
/// per flow instance, replaced each time the flow computes the next one.
/// </summary>
public sealed class OpfoelgningPlan : ITenantScoped
{
    public required string InstanceId { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid? BevillingId { get; set; }

    public string? IndsatsType { get; set; }

    public DateOnly Start { get; set; }

    public int Gennemfoert { get; set; }

    public DateTimeOffset NaesteFrist { get; set; }

    public required string Kadence { get; set; }

    public required string Kilde { get; set; }

    public required string Forklaring { get; set; }

    public DateTimeOffset BeregnetAt { get; set; }
}
