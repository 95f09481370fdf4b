namespace Visitation.Host.Infrastructure.Tenancy;

/// <summary>
/// An entity owned by one municipality. The DbContext filters every query on these to the caller's
/// municipality, so a forgotten Where clause cannot leak another municipality's data.
/// </summary>
public interface ITenantScoped
{
    Guid KommuneId { get; }
}
