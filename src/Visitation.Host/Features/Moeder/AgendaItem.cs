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

    /// <summary>The forum's decision as recorded during the meeting (or between meetings); final once the afgørelse is written.</summary>
    public MeetingOutcome? Outcome { get; set; }

    public string? Rationale { get; set; }

    /// <summary>For bevilget med ændring: what was changed.</summary>
    public string? Change { get; set; }

    /// <summary>For bevilget med ændring: the changed monthly scope, if the scope changed.</summary>
    public decimal? ChangedQuantity { get; set; }

    /// <summary>For tilbagesendt: what to investigate.</summary>
    public string? Investigate { get; set; }

    /// <summary>Condition: the grant ends at the latest on this date.</summary>
    public DateOnly? TimeLimit { get; set; }

    /// <summary>Condition: the follow-up cadence the forum set, as an ISO 8601 period.</summary>
    public string? FollowUpCadence { get; set; }

    /// <summary>For udsat: the meeting the item moves to when this meeting closes.</summary>
    public Guid? PostponedToMeetingId { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Members who declared themselves disqualified (inhabile) on this item.</summary>
    public List<Guid> DisqualifiedIds { get; set; } = [];

    /// <summary>Between meetings: the members who have approved the recorded decision.</summary>
    public List<Guid> ApprovedByIds { get; set; } = [];

    /// <summary>The afgørelse written from the decision.</summary>
    public Guid? AfgoerelseId { get; set; }

    /// <summary>The item this one became on another meeting when it moved.</summary>
    public Guid? MovedToItemId { get; set; }

    public Guid IndstillingId => Guid.Parse(IndstillingReference);

    public static bool TakesPlace(AgendaItemStatus status) => status is AgendaItemStatus.Queued or AgendaItemStatus.Decided;
}
