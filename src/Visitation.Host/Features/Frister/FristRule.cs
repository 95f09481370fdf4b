namespace Visitation.Host.Features.Frister;

/// <summary>
/// A deadline set by law: its stable ASCII id (flow definitions refer to it), the Barnets Lov paragraph,
/// the old Serviceloven paragraphs as aliases, the event it runs from and its legal default.
/// </summary>
public sealed record FristRule(
    string Id,
    string Name,
    string LegalBasis,
    IReadOnlyList<string> Aliases,
    string FromEvent,
    FristSpec Default,
    string? Note = null);
