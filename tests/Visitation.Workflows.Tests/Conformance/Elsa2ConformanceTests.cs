using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Conformance;

/// <summary>
/// Runs the Elsa 2 samples through the importer's documented mappings: Liquid through Fluid,
/// <c>SignalReceived</c> as <c>Elsa.Event</c>, <c>Timer.Timeout</c> as <c>interval</c>, and the
/// <c>Duration.FromSeconds</c> script shim.
/// </summary>
public class Elsa2ConformanceTests
{
    readonly WorkflowHarness _harness = new();

    /// <summary>
    /// Elsa 2 has no implicit joins: an activity runs for every arrival. The importer therefore gives targets of
    /// several connections the stream merge mode.
    /// </summary>
    WorkflowDefinition Import(string file)
    {
        var result = DefinitionSerializer.Import(Fixtures.Read(file));
        Assert.Equal(DefinitionFormat.Elsa2, result.Format);
        var definition = result.Definition;
        _harness.Store.AddDefinition(definition);
        return definition;
    }

    [Fact]
    public async Task Should_run_the_early_elsa2_hello_world()
    {
        var state = await _harness.RunUntilEndAsync(Import("Core.IntegrationTests--hello-world-workflow.json"));
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(["Hello World!"], _harness.Lines);
    }

    [Fact]
    public async Task Should_end_the_fire_protocol_with_the_timer_branch_when_it_comes_first()
    {
        var definition = Import("SignalApi--fire-protocol.json");
        var state = await _harness.RunUntilEndAsync(definition, new StartWorkflowOptions { CorrelationId = "kitchen" });

        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal([$"There's a fire! Need water for workflow instance {state.Id} fast!", "There goes the omelet :("], _harness.Lines);
        Assert.Empty(state.Bookmarks); // Finish cleared the "Water" bookmark
    }

    [Fact]
    public async Task Should_end_the_fire_protocol_with_water_when_the_signal_comes_first()
    {
        var definition = Import("SignalApi--fire-protocol.json");
        var state = await _harness.StartAsync(definition, new StartWorkflowOptions { CorrelationId = "kitchen" });
        await _harness.Runtime.TriggerEventAsync("Fire", "kitchen");
        var timer = _harness.Store.Instance(state.Id).Bookmarks.Single(b => b.DueAt is not null);
        Assert.Equal(_harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), timer.DueAt);

        await _harness.Runtime.TriggerEventAsync("Water", "kitchen");

        state = _harness.Store.Instance(state.Id);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal("Whew! Breakfast saved just in time :)", _harness.Lines[^1]);
        Assert.DoesNotContain("There goes the omelet :(", _harness.Lines);
        Assert.Empty(state.Bookmarks); // the 10-second timer went with the branch: nothing is left to fire
    }

    [Fact]
    public async Task Should_fault_an_unknown_elsa2_activity_naming_it()
    {
        var definition = Import("ExtendHttpEndpoint--workflow-definition-custom-http-endpoint.json");
        var state = await _harness.RunUntilEndAsync(definition);
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        var incident = Assert.Single(state.Incidents);
        Assert.Contains("Unknown activity type 'TestReceiveRequest'", incident.Message);
    }
}
