namespace Visitation.Workflows.Persistence.Records;

/// <summary>A published definition's way to start instances: a timer, a cron schedule or an event name.</summary>
public sealed class TriggerRecord
{
    public required string Id { get; set; }

    public required string TenantId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string ActivityId { get; set; }

    /// <summary><c>Timer</c>, <c>Cron</c> or <c>Event</c>.</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public string? Schedule { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Failed attempts to fire this due row in a row; the scheduler backs off by them and gives up after a limit.</summary>
    public int FireAttempts { get; set; }
}
