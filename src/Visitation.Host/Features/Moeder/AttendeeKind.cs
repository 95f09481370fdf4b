namespace Visitation.Host.Features.Moeder;

/// <summary>How someone is on a meeting's attendance list.</summary>
public enum AttendeeKind
{
    /// <summary>The chair or a member, present.</summary>
    Present,

    /// <summary>A substitute of the forum standing in for a named member (or the chair) who is absent.</summary>
    Substitute,

    /// <summary>Someone taking part for the meeting without a vote (a caseworker, a provider, a psychologist), by name and role.</summary>
    AdHoc,

    /// <summary>The chair or a member, absent.</summary>
    Absent,
}
