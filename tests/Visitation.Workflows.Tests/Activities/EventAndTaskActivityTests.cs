using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Activities;

public class EventAndTaskActivityTests
{
    readonly WorkflowHarness _harness = new();

    const string Schema = """
        { "$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
          "required": ["begrundelse"],
          "properties": { "begrundelse": { "type": "string", "minLength": 3 }, "antal": { "type": "integer" } } }
        """;

    async Task<WorkflowState> StartAsync(TestFlow flow, string? correlationId = "sag-1") =>
        await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = correlationId });

    TestFlow TaskFlow() => new TestFlow().Variable("Svar")
        .Add("task", "Visitation.HumanTask",
            ("title", Literal("Vurder underretning")),
            ("formSchema", Obj(Schema)),
            ("candidates", Obj("""[{"kind":"role","id":"Raadgiver"},{"kind":"forum","id":"visitationsudvalg"}]""")),
            ("dueAt", Literal("2026-03-09T12:00:00Z")),
            ("actions", Obj("""["Godkend","Afvis"]""")),
            ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Svar" } }))
        .Line("ok", "godkendt").Line("no", "afvist")
        .Connect("task", "ok", "Godkend").Connect("task", "no", "Afvis");

    [Fact]
    public async Task Should_resume_an_event_by_name_and_correlation_with_its_payload()
    {
        var flow = new TestFlow().Variable("Data")
            .Add("e", "Elsa.Event", ("eventName", Literal("IndstillingModtaget")),
                ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Data" } }))
            .Line("w", "modtaget").Connect("e", "w");
        var mine = await StartAsync(flow, "sag-1");
        var other = await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = "sag-2" });
        Assert.Equal(BookmarkHasher.Hash("IndstillingModtaget", null, "sag-1"), Assert.Single(mine.Bookmarks).Hash);

        var steps = await _harness.Runtime.TriggerEventAsync("IndstillingModtaget", "sag-1", new JsonObject { ["udfald"] = "Bevilget" });

        Assert.Single(steps);
        var state = _harness.Store.Instance(mine.Id);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal("Bevilget", state.Variables["Data"]!["udfald"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Running, _harness.Store.Instance(other.Id).Status);
    }

    [Fact]
    public async Task Should_start_an_instance_from_an_event_trigger()
    {
        var flow = new TestFlow("on-event").Variable("Data")
            .Add("e", "Elsa.Event", new JsonObject { ["canStartWorkflow"] = true }, ("eventName", Literal("UnderretningModtaget")),
                ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Data" } }))
            .Add("w", "Elsa.WriteLine", ("text", Js("'Ny: ' + getData().id")))
            .Connect("e", "w");
        var definition = _harness.Add(flow.Build());
        await _harness.Runtime.PublishTriggersAsync(definition);

        await _harness.Runtime.TriggerEventAsync("UnderretningModtaget", "sag-9", new JsonObject { ["id"] = "u-1" });

        var instance = Assert.Single(_harness.Store.Instances);
        Assert.Equal("sag-9", instance.CorrelationId);
        Assert.Equal(["Ny: u-1"], _harness.Lines);
    }

    [Fact]
    public async Task Should_create_a_task_with_a_bookmark_and_an_outbox_message()
    {
        var state = await StartAsync(TaskFlow());

        var bookmark = Assert.Single(state.Bookmarks);
        Assert.Equal("Visitation.HumanTask", bookmark.Name);
        Assert.Equal("OnCompletedAsync", bookmark.CallbackMethodName);
        var message = Assert.Single(_harness.Store.Outbox);
        Assert.Equal("Visitation.HumanTask.Created", message.Type);
        Assert.Equal($"{state.Id}:task:1:task-created", message.DeduplicationKey);
        Assert.Equal("Vurder underretning", message.Payload!["title"]!.GetValue<string>());
        Assert.Equal(bookmark.Id, message.Payload["bookmarkId"]!.GetValue<string>());
        Assert.Equal(2, message.Payload["candidates"]!.AsArray().Count);
        Assert.Equal("sag-1", message.CorrelationId);
    }

    [Fact]
    public async Task Should_complete_a_task_with_valid_data_taking_the_action_port()
    {
        var state = await StartAsync(TaskFlow());
        await _harness.Runtime.ResumeAsync(state.Id, state.Bookmarks[0].Id,
            JsonNode.Parse("""{"action":"Godkend","data":{"begrundelse":"Barnet trives ikke","antal":2}}"""), "user-17");

        state = _harness.Store.Instance(state.Id);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(["godkendt"], _harness.Lines);
        Assert.Equal("Barnet trives ikke", state.Variables["Svar"]!["begrundelse"]!.GetValue<string>());
        var completed = _harness.Store.Journal.Single(j => j.ActivityId == "task" && j.Event == JournalEvent.Completed);
        Assert.Equal("Godkend", completed.Outcome);
        Assert.Equal("user-17", completed.Actor);
    }

    [Theory]
    [InlineData("""{"action":"Godkend","data":{"antal":2}}""")]
    [InlineData("""{"action":"Godkend","data":{"begrundelse":"x"}}""")]
    [InlineData("""{"action":"Godkend","data":{"begrundelse":"lang nok","antal":"to"}}""")]
    [InlineData("""{"action":"Udsæt","data":{"begrundelse":"lang nok"}}""")]
    public async Task Should_reject_invalid_completion_without_changing_the_instance(string input)
    {
        var state = await StartAsync(TaskFlow());
        var before = _harness.Store.Instance(state.Id).ToJson();

        var e = await Assert.ThrowsAsync<ResumeRejectedException>(() => _harness.Runtime.ResumeAsync(state.Id, state.Bookmarks[0].Id, JsonNode.Parse(input)));

        Assert.NotEmpty(e.Errors);
        Assert.Equal(before, _harness.Store.Instance(state.Id).ToJson());
        Assert.Empty(_harness.Lines);
    }

    [Fact]
    public async Task Should_send_a_notification_through_the_outbox_with_a_stable_key()
    {
        var state = await StartAsync(new TestFlow()
            .Add("n", "Visitation.Notify", ("recipient", Literal("leder@kommune.dk")), ("subject", Literal("Ny sag")), ("body", Js("'Sag ' + getCorrelationId()"))));

        var message = Assert.Single(_harness.Store.Outbox);
        Assert.Equal("Visitation.Notify", message.Type);
        Assert.Equal("Sag sag-1", message.Payload!["body"]!.GetValue<string>());
        Assert.Equal($"{state.Id}:n:1:notify", message.DeduplicationKey);
    }

    [Fact]
    public async Task Should_refuse_a_stale_bookmark()
    {
        var state = await StartAsync(TaskFlow());
        var bookmarkId = state.Bookmarks[0].Id;
        var input = JsonNode.Parse("""{"action":"Afvis","data":{"begrundelse":"ikke relevant"}}""");
        await _harness.Runtime.ResumeAsync(state.Id, bookmarkId, input);
        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _harness.Runtime.ResumeAsync(state.Id, bookmarkId, input));
        Assert.Equal(["afvist"], _harness.Lines);
    }
}
