using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Underretninger;

/// <summary>Who sent the underretning; an identified notifier (professional or private) gets a receipt.</summary>
public enum UnderretterType
{
    Professional,
    Private,
    Anonymous,
}

/// <summary>
/// A notification of concern (underretning, Barnets Lov §§ 132-137) as it concerns one case. An underretning
/// naming several children is stored once per child's case, the rows sharing <see cref="ModtagelsesId"/>.
/// </summary>
public sealed class Underretning : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    /// <summary>Shared by the rows of one received underretning (siblings).</summary>
    public Guid ModtagelsesId { get; set; }

    public UnderretterType UnderretterType { get; set; }

    /// <summary>The notifier's identity; shown only to those who handle the case. Null when anonymous.</summary>
    public string? UnderretterNavn { get; set; }

    public string? UnderretterOrganisation { get; set; }

    public string? UnderretterKontakt { get; set; }

    public DateTimeOffset ModtagetAt { get; set; }

    /// <summary>When the municipality became aware (normally the receipt); the undersøgelse's 4 months run from here.</summary>
    public DateTimeOffset BekendtAt { get; set; }

    public required string Indhold { get; set; }

    /// <summary>Arrived while the case was open, so it asks for a reassessment rather than a first assessment.</summary>
    public bool Genvurdering { get; set; }

    public DateTimeOffset RegistreretAt { get; set; }

    public required string RegistreretAf { get; set; }
}
