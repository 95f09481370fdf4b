using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>A municipality's own target for one nøgletal, in the figure's unit (per cent for a share).</summary>
public sealed class NoegletalMaal : ITenantScoped
{
    public Guid KommuneId { get; set; }

    public required string NoegletalId { get; set; }

    public decimal Maal { get; set; }

    public required string SatAf { get; set; }

    public DateTimeOffset SatAt { get; set; }
}
