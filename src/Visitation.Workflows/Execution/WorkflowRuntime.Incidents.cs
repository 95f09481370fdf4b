namespace Visitation.Workflows.Execution;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Records an incident on an instance without running it, e.g. a timer the scheduler gave up firing: the instance
    /// is marked <c>Faulted</c> with the incident and a journal entry, saved like a step under its version.
    /// </summary>
    public async Task<WorkflowStep> RaiseIncidentAsync(string instanceId, Incident incident, string? actor = null, CancellationToken cancellationToken = default)
    {
        var state = await store.LoadInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow instance '{instanceId}' was not found.");
        var expectedVersion = state.Version;
        state.Incidents.Add(incident);
        if (state.Status == WorkflowStatus.Running) state.SubStatus = WorkflowSubStatus.Faulted;
        state.UpdatedAt = incident.At;
        var step = new WorkflowStep { State = state };
        step.Incidents.Add(incident);
        step.Journal.Add(new JournalEntry
        {
            WorkflowInstanceId = state.Id,
            Sequence = ++state.JournalSequence,
            Timestamp = incident.At,
            ActivityId = incident.ActivityId,
            ActivityType = incident.ActivityType,
            Event = JournalEvent.Faulted,
            Actor = actor,
            Message = incident.Message,
        });
        await store.SaveStepAsync(step, expectedVersion, cancellationToken);
        return step;
    }
}
