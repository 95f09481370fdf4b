namespace Visitation.Host.Features.Moeder;

/// <summary>An item waits for its decision, has been decided, has moved to another meeting, or was withdrawn.</summary>
public enum AgendaItemStatus
{
    Queued,
    Decided,
    Moved,
    Withdrawn,
}
