using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>A case's indstilling on a meeting's agenda, at a position. Queued and decided items take a place of the forum's capacity.</summary>
public sealed class AgendaItem : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid MeetingId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Which indstilling of the case, as the case names it.</summary>
    public required string IndstillingReference { get; set; }

    /// <summary>1 for the first item of the agenda.</summary>
    public int Position { get; set; }

    public AgendaItemStatus Status { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public static bool TakesPlace(AgendaItemStatus status) => status is AgendaItemStatus.Queued or AgendaItemStatus.Decided;
}
