using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>One meeting of a forum, stored once the schedule's occurrence is first looked at or used.</summary>
public sealed class Meeting : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid ForumId { get; set; }

    public DateOnly Date { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset CutoffAt { get; set; }

    public MeetingStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The forum's people who took part: the chair, the members and the substitutes who stood in.</summary>
    public List<Guid> PresentIds { get; set; } = [];

    public DateTimeOffset? MinutesApprovedAt { get; set; }

    public string? MinutesApprovedBy { get; set; }
}
