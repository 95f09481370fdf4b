namespace Visitation.Host.Features.Kommuner;

/// <summary>A municipality: the tenant that owns every case, flow and configuration.</summary>
public sealed class Kommune
{
    public Guid Id { get; set; }

    /// <summary>The official four-digit municipality code (e.g. 0101 København), or a 99xx demo code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>IANA time zone in which calendar rules (deadlines, meeting days) are computed.</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    public DateTimeOffset CreatedAt { get; set; }
}
