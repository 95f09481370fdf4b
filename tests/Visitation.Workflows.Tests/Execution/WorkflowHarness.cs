using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Tests.Execution;

/// <summary>Runs definitions the way Elsa's test harness does: start, then resume every bookmark until none is left.</summary>
public sealed class WorkflowHarness
{
    int _ids;

    public WorkflowHarness(Action<WorkflowRunnerOptions>? configure = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Registry = new ActivityRegistry().AddBuiltInActivities();
        var options = new WorkflowRunnerOptions { NewId = () => $"id{Interlocked.Increment(ref _ids):D4}" };
        configure?.Invoke(options);
        Runner = new WorkflowRunner(Registry, options, Clock);
        Runtime = new WorkflowRuntime(Store, Runner, Clock);
    }

    public FakeTimeProvider Clock { get; }
    public ActivityRegistry Registry { get; }
    public WorkflowRunner Runner { get; }
    public WorkflowRuntime Runtime { get; }
    public InMemoryWorkflowStore Store { get; } = new();
    public IReadOnlyList<string> Lines => Store.Lines;

    public WorkflowDefinition Add(string json)
    {
        var definition = DefinitionSerializer.Import(json).Definition;
        Store.AddDefinition(definition);
        return definition;
    }

    public WorkflowDefinition AddFixture(string fileName) => Add(Support.Fixtures.Read(fileName));

    public async Task<WorkflowState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null)
    {
        var step = await Runtime.StartAsync(definition.DefinitionId, options, definition.Version);
        return Store.Instance(step.State.Id);
    }

    /// <summary>Starts an instance, then resumes every bookmark (timers early) until none is left or it finished.</summary>
    public async Task<WorkflowState> RunUntilEndAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null)
    {
        var state = await StartAsync(definition, options);
        for (var round = 0; round < 100 && state.Status != WorkflowStatus.Finished; round++)
        {
            var bookmarks = state.Bookmarks.ToList();
            if (bookmarks.Count == 0) break;
            foreach (var bookmark in bookmarks)
            {
                if (Store.Instance(state.Id).Bookmarks.All(b => b.Id != bookmark.Id)) continue;
                await Runtime.ResumeAsync(state.Id, bookmark.Id);
            }
            state = Store.Instance(state.Id);
        }
        return state;
    }

    public Task<WorkflowStep> ResumeAsync(WorkflowState state, string bookmarkName, JsonNode? input = null) =>
        Runtime.ResumeAsync(state.Id, Store.Instance(state.Id).Bookmarks.Single(b => b.Name == bookmarkName).Id, input);
}
