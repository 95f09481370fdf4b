using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Undersoegelser;

/// <summary>
/// The børnefaglig undersøgelse of a case (Barnets Lov § 20): optional sections, each either written, marked
/// "not relevant" (no text needed) or answered by attached documents, and its deadline (4 months from when the
/// municipality became aware, or the municipality's stricter local rule).
/// </summary>
public sealed class Undersoegelse : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public DateTimeOffset BekendtAt { get; set; }

    public DateTimeOffset FristAt { get; set; }

    /// <summary>The sections as JSON: <c>[{ "key", "notRelevant", "text", "documentIds" }]</c>.</summary>
    public required string SektionerJson { get; set; }

    public DateTimeOffset OpdateretAt { get; set; }

    public required string OpdateretAf { get; set; }
}
