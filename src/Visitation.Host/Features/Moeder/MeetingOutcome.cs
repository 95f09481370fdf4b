namespace Visitation.Host.Features.Moeder;

/// <summary>What a forum decides on an item: the four decisions of an afgørelse, or udsat (moved to a later meeting).</summary>
public enum MeetingOutcome
{
    Bevilget,
    BevilgetMedAendring,
    Afslaaet,
    Tilbagesendt,
    Udsat,
}
