using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

public class TenancyTests
{
    readonly WorkflowHarness _harness = new();

    void Add(string tenant, string definitionId, TestFlow flow) =>
        _harness.Store.AddDefinition(DefinitionSerializer.Import(flow.Build()).Definition, tenant);

    [Fact]
    public async Task Should_keep_definitions_children_and_events_within_their_tenant()
    {
        // Arrange: both municipalities have a "child" definition with the same id but different behaviour.
        Add("kommune-a", "child", new TestFlow("child").Add("e", "Elsa.Event", ("eventName", Literal("Klar"))).Line("w", "A's child").Connect("e", "w"));
        Add("kommune-b", "child", new TestFlow("child").Add("e", "Elsa.Event", ("eventName", Literal("Klar"))).Line("w", "B's child").Connect("e", "w"));
        Add("kommune-a", "parent", new TestFlow("parent").Add("run", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child"))));

        var parent = await _harness.Runtime.StartAsync("parent", new StartWorkflowOptions { TenantId = "kommune-a", CorrelationId = "sag-1" });
        await _harness.Runtime.StartAsync("child", new StartWorkflowOptions { TenantId = "kommune-b", CorrelationId = "sag-1" });

        // Act: the same event and correlation id, raised in kommune-b only.
        await _harness.Runtime.TriggerEventAsync("Klar", "sag-1", tenantId: "kommune-b");

        // Assert
        Assert.Equal(["B's child"], _harness.Lines);
        var childOfA = _harness.Store.Instances.Single(i => i.ParentInstanceId == parent.State.Id);
        Assert.Equal("kommune-a", childOfA.TenantId);
        Assert.Equal(WorkflowStatus.Running, childOfA.Status);
        Assert.All(_harness.Store.Bookmarks, b => Assert.Equal("kommune-a", b.TenantId));

        await _harness.Runtime.TriggerEventAsync("Klar", "sag-1", tenantId: "kommune-a");
        Assert.Equal(["B's child", "A's child"], _harness.Lines);
        Assert.Equal(WorkflowStatus.Finished, _harness.Store.Instance(parent.State.Id).Status);
    }

    [Fact]
    public async Task Should_not_find_another_tenants_definition()
    {
        Add("kommune-a", "flow", new TestFlow("flow").Line("w", "x"));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => _harness.Runtime.StartAsync("flow", new StartWorkflowOptions { TenantId = "kommune-b" }));
    }
}
