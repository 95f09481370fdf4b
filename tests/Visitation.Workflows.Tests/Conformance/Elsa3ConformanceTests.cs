using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Conformance;

/// <summary>
/// Runs Elsa's own test workflows (tests/fixtures/elsa3) the way Elsa's harness runs them and asserts what
/// the fixtures README says Elsa's tests expect. Deliberate differences are marked "Difference from Elsa".
/// </summary>
public class Elsa3ConformanceTests
{
    readonly WorkflowHarness _harness = new();

    async Task<WorkflowState> RunAsync(string file, StartWorkflowOptions? options = null) =>
        await _harness.RunUntilEndAsync(_harness.AddFixture(file), options);

    static void AssertFinished(WorkflowState state)
    {
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
    }

    [Fact]
    public void Should_have_a_test_for_every_fixture()
    {
        var tested = typeof(Elsa3ConformanceTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributesData())
            .SelectMany(a => a.ConstructorArguments).Select(a => a.Value as string).ToHashSet();
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "Elsa3ConformanceTests.cs"));
        foreach (var file in Fixtures.Elsa3Files.Select(Path.GetFileName))
            Assert.True(source.Contains($"\"{file}\"", StringComparison.Ordinal) || tested.Contains(file), $"No conformance test for {file}.");
    }

    static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public async Task Should_run_join_all_1_in_order()
    {
        var state = await RunAsync("ExplicitJoins--join-all-1.json");
        Assert.Equal(["Start", "Line 1", "Line 2", "End"], _harness.Lines);
        AssertFinished(state);
    }

    [Fact]
    public async Task Should_write_End_once_through_three_WaitAny_joins()
    {
        var state = await RunAsync("ExplicitJoins--join-any-1.json");
        Assert.Equal(["Start", "End"], _harness.Lines);
        AssertFinished(state);
    }

    [Fact]
    public async Task Should_block_a_WaitAllInbound_join_when_one_inbound_connection_is_not_taken()
    {
        var state = await RunAsync("ExplicitJoins--join-wait-all-inbound.json");
        Assert.Equal(WorkflowStatus.Running, state.Status);
        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);
        Assert.Empty(state.Bookmarks);
        Assert.DoesNotContain(_harness.Store.Journal, j => j.ActivityType == "Elsa.End");
        // Not in Elsa: an instance that waits for nothing is flagged instead of sitting silently as Running.
        Assert.Contains(state.Incidents, i => i.Kind == Incident.Stalled);
    }

    [Fact]
    public async Task Should_run_C_once_in_stream_mode()
    {
        await RunAsync("JoinBehaviors--fork-decision-join-none.json");
        Assert.Equal(["A", "C"], _harness.Lines);
    }

    [Fact]
    public async Task Should_not_run_C_in_merge_mode()
    {
        await RunAsync("JoinBehaviors--fork-decision-join-converge.json");
        Assert.Equal(["A"], _harness.Lines);
    }

    [Fact]
    public async Task Should_not_run_C_in_converge_mode()
    {
        await RunAsync("JoinBehaviors--fork-decision-join-converge-strict.json");
        Assert.Equal(["A"], _harness.Lines);
    }

    [Fact]
    public async Task Should_finish_when_both_decision_outcomes_meet_in_a_stream_End()
    {
        var state = await RunAsync("JoinBehaviors--decision-merge-join-none.json");
        AssertFinished(state);
        Assert.Single(_harness.Store.Journal, j => j.ActivityType == "Elsa.End" && j.Event == JournalEvent.Completed);
    }

    [Fact]
    public async Task Should_complete_a_WaitAny_join_exactly_once()
    {
        var state = await RunAsync("ImplicitJoins--join.json");
        Assert.Single(_harness.Store.Journal, j => j.ActivityId == "802725996be1b582" && j.Event == JournalEvent.Completed);
        AssertFinished(state);
    }

    [Fact]
    public async Task Should_finish_when_a_decision_joins_on_both_outcomes()
    {
        var state = await RunAsync("ImplicitJoins--decision-implicit-join-on-both-outcomes.json");
        AssertFinished(state);
        Assert.Equal([""], _harness.Lines); // the WriteLine's text is null
    }

    [Fact]
    public async Task Should_loop_through_a_back_edge()
    {
        var state = await RunAsync("ImportAndExecute--implicit-loop.json");
        Assert.Equal(["Do something", "Retry", "Do something", "Done"], _harness.Lines);
        Assert.Equal(2, state.Variables["Counter"]!.GetValue<int>());
        AssertFinished(state);
    }

    [Fact]
    public async Task Should_write_dummy_text()
    {
        var state = await RunAsync("ImportAndExecute--writeline.json");
        Assert.Equal(["Dummy Text"], _harness.Lines);
        AssertFinished(state);
    }

    [Fact]
    public async Task Should_index_an_hourly_cron_trigger()
    {
        var definition = _harness.AddFixture("ImportAndPublish--cron-every-hour.json");
        var triggers = await _harness.Runtime.PublishTriggersAsync(definition);
        var trigger = Assert.Single(triggers);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), trigger.DueAt);
    }

    [Fact]
    public async Task Should_refuse_to_index_a_bad_cron_expression()
    {
        var definition = _harness.AddFixture("ImportAndPublish--bad-cron-expression.json");
        var e = await Assert.ThrowsAsync<Visitation.Workflows.Activities.WorkflowFaultException>(() => _harness.Runtime.PublishTriggersAsync(definition));
        Assert.StartsWith("Error when parsing cron expression:", e.Message);
    }

    [Fact]
    public async Task Should_arm_a_timer_trigger_one_interval_after_publishing_and_remove_it_on_retract()
    {
        var definition = _harness.AddFixture("ImportAndPublish--timer-workflow.json");
        var trigger = Assert.Single(await _harness.Runtime.PublishTriggersAsync(definition));
        Assert.Equal(_harness.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), trigger.DueAt);
        await _harness.Runtime.RetractTriggersAsync(definition.DefinitionId);
        Assert.Empty(_harness.Store.Triggers);
    }

    [Fact]
    public async Task Should_finish_a_fan_out_without_a_join()
    {
        var state = await RunAsync("FlowchartCompletion--workflow1.json");
        AssertFinished(state);
        Assert.Equal(["WriteLine1", "WriteLine2", "WriteLine3"], _harness.Lines);
    }

    [Fact]
    public async Task Should_finish_a_braided_graph_running_each_join_once()
    {
        var state = await RunAsync("FlowchartCompletion--workflow2.json");
        AssertFinished(state);
        Assert.Equal(9, _harness.Lines.Count);
        Assert.Equal(9, _harness.Lines.Distinct().Count());
        Assert.Equal("WriteLine9", _harness.Lines[^1]);
    }

    [Fact]
    public async Task Should_finish_a_braided_graph_with_delays_after_resuming_them()
    {
        var state = await RunAsync("FlowchartCompletion--workflow3.json");
        AssertFinished(state);
        Assert.Equal(9, _harness.Lines.Distinct().Count());
        Assert.Equal("WriteLine9", _harness.Lines[^1]);
    }

    [Fact]
    public async Task Should_take_every_fork_branch()
    {
        var state = await RunAsync("WorkflowCompletion--fork.json");
        AssertFinished(state);
        Assert.Equal(["One", "Two", "Three"], _harness.Lines);
    }

    [Fact]
    public async Task Should_run_a_minimal_definition()
    {
        var state = await RunAsync("WorkflowCompletion--hello-world.json");
        AssertFinished(state);
        Assert.Equal(["Hello World!"], _harness.Lines);
    }

    [Fact]
    public async Task Should_run_the_child_workflow_on_its_own()
    {
        var state = await RunAsync("ExecuteWorkflow--child-workflow.json");
        AssertFinished(state);
        Assert.Equal(["Child: Executing"], _harness.Lines);
    }

    [Fact]
    public async Task Should_start_a_child_without_waiting()
    {
        _harness.AddFixture("ExecuteWorkflow--child-workflow.json");
        var state = await RunAsync("ExecuteWorkflow--parent-no-wait.json");
        AssertFinished(state);
        Assert.Equal(["Child: Executing", "Parent: After child", "Parent: Before child"], _harness.Lines.Order());
        var child = _harness.Store.Instances.Single(i => i.DefinitionId == "child-workflow");
        Assert.Equal(state.Id, child.Properties["ParentInstanceId"]!.GetValue<string>());
        Assert.Equal(state.Id, child.ParentInstanceId);
    }

    [Fact]
    public async Task Should_wait_for_a_child_and_keep_the_order()
    {
        _harness.AddFixture("ExecuteWorkflow--child-workflow.json");
        var state = await RunAsync("ExecuteWorkflow--parent-with-wait.json");
        AssertFinished(state);
        Assert.Equal(["Parent: Before child", "Child: Executing", "Parent: After child"], _harness.Lines);
    }

    [Fact]
    public async Task Should_pass_input_to_a_child()
    {
        _harness.AddFixture("ExecuteWorkflow--child-with-input.json");
        var state = await RunAsync("ExecuteWorkflow--parent-with-input.json");
        AssertFinished(state);
        Assert.Contains("Child received: Hello from parent", _harness.Lines);
    }

    [Fact]
    public async Task Should_capture_a_child_output_under_output()
    {
        _harness.AddFixture("ExecuteWorkflow--child-with-output.json");
        var state = await RunAsync("ExecuteWorkflow--parent-capture-output.json");
        AssertFinished(state);
        Assert.Contains("Child output: 42", _harness.Lines);
        Assert.Contains("Parent received: 42", _harness.Lines);
        Assert.Equal(42, state.Variables["ChildResult"]!["output"]!["Result"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_set_a_child_output()
    {
        var state = await RunAsync("ExecuteWorkflow--child-with-output.json");
        AssertFinished(state);
        Assert.Equal(42, state.Output["Result"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_give_the_child_the_requested_correlation_id()
    {
        _harness.AddFixture("ExecuteWorkflow--child-workflow.json");
        var state = await RunAsync("ExecuteWorkflow--parent-with-correlation.json");
        AssertFinished(state);
        Assert.Equal("test-correlation-123", _harness.Store.Instances.Single(i => i.DefinitionId == "child-workflow").CorrelationId);
    }
}

/// <summary>The fixtures validate against the built-in activities' descriptors (publishing succeeds), except the bad cron.</summary>
public class Elsa3FixtureValidationTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Elsa3Names), MemberType = typeof(Fixtures))]
    public void Should_validate_each_fixture_against_the_built_in_activities(string file)
    {
        var registry = new Visitation.Workflows.Descriptors.ActivityRegistry();
        Visitation.Workflows.Activities.BuiltIn.BuiltInActivities.AddBuiltInActivities(registry);
        var definition = Visitation.Workflows.Definitions.Serialization.DefinitionSerializer.Import(Fixtures.Read(file)).Definition;

        var result = new Visitation.Workflows.Definitions.Validation.DefinitionValidator(registry).Validate(definition);

        if (file == "ImportAndPublish--bad-cron-expression.json")
        {
            var error = Assert.Single(result.Errors);
            Assert.Contains("Seconds: Value must be a number between 0 and 59 (all inclusive).", error.Message.En);
        }
        else
            Assert.True(result.Errors.Count == 0, file + ": " + string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Path} {e.Message.En}")));
    }
}
