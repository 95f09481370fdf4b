using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

public class MigrationTests
{
    readonly WorkflowHarness _harness = new();

    void AddVersion(int version, TestFlow flow)
    {
        var definition = DefinitionSerializer.Import(flow.Build()).Definition;
        definition.Version = version;
        _harness.Store.AddDefinition(definition);
    }

    async Task<WorkflowState> StartWaitingInstanceAsync()
    {
        AddVersion(1, new TestFlow("proc").Variable("A", "Int32", "1")
            .Add("wait", "Elsa.Event", ("eventName", Literal("Go"))).Line("done", "v1 done").Connect("wait", "done"));
        var step = await _harness.Runtime.StartAsync("proc", new StartWorkflowOptions { CorrelationId = "c" }, version: 1);
        return step.State;
    }

    [Fact]
    public async Task Should_move_a_waiting_instance_to_a_new_version_with_a_mapping()
    {
        var state = await StartWaitingInstanceAsync();
        AddVersion(2, new TestFlow("proc").Variable("A", "Int32", "1").Variable("B", "String", "ny")
            .Add("await-go", "Elsa.Event", ("eventName", Literal("Go"))).Line("done", "v2 done").Connect("await-go", "done"));

        var dry = await _harness.Runtime.MigrateAsync(state.Id, 2, new Dictionary<string, string> { ["wait"] = "await-go" }, dryRun: true);
        Assert.True(dry.CanMigrate);
        Assert.Equal(1, _harness.Store.Instance(state.Id).DefinitionVersion);

        var result = await _harness.Runtime.MigrateAsync(state.Id, 2, new Dictionary<string, string> { ["wait"] = "await-go" });
        Assert.True(result.CanMigrate);
        var migrated = _harness.Store.Instance(state.Id);
        Assert.Equal(2, migrated.DefinitionVersion);
        Assert.Equal("ny", migrated.Variables["B"]!.GetValue<string>());
        Assert.Equal("await-go", Assert.Single(_harness.Store.Bookmarks).ActivityId);

        await _harness.Runtime.TriggerEventAsync("Go", "c");
        Assert.Equal(["v2 done"], _harness.Lines);
        Assert.Equal(WorkflowStatus.Finished, _harness.Store.Instance(state.Id).Status);
    }

    [Fact]
    public async Task Should_refuse_a_migration_that_strands_a_bookmark()
    {
        var state = await StartWaitingInstanceAsync();
        AddVersion(2, new TestFlow("proc").Line("only", "nothing to wait for"));

        var result = await _harness.Runtime.MigrateAsync(state.Id, 2);

        Assert.False(result.CanMigrate);
        Assert.Contains(result.Problems, p => p.Contains("'wait'", StringComparison.Ordinal));
        Assert.Equal(1, _harness.Store.Instance(state.Id).DefinitionVersion);
    }

    [Fact]
    public async Task Should_refuse_a_mapping_to_an_activity_of_another_type()
    {
        var state = await StartWaitingInstanceAsync();
        AddVersion(2, new TestFlow("proc").Add("wait", "Elsa.Delay", ("timeSpan", Literal("PT1H"))));

        var result = await _harness.Runtime.MigrateAsync(state.Id, 2);

        Assert.Contains(result.Problems, p => p.Contains("Elsa.Delay", StringComparison.Ordinal));
    }
}
