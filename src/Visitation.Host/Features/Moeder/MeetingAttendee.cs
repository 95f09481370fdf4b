using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>One line of a meeting's attendance list, kept as recorded: it is not changed once the meeting has closed.</summary>
public sealed class MeetingAttendee : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid MeetingId { get; set; }

    public AttendeeKind Kind { get; set; }

    /// <summary>The user, for everyone but ad hoc participants.</summary>
    public Guid? UserId { get; set; }

    /// <summary>For a substitute: the member (or chair) they stand in for.</summary>
    public Guid? StandsInForId { get; set; }

    /// <summary>For an ad hoc participant: the name as the chair wrote it.</summary>
    public string? Name { get; set; }

    /// <summary>For an ad hoc participant: their role or function, e.g. psykolog.</summary>
    public string? Role { get; set; }

    /// <summary>The order in which the chair listed them, 1 first.</summary>
    public int Position { get; set; }
}
