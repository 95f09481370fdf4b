using System.Text.Json.Nodes;
using NJsonSchema;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>A task for a person: a form (JSON Schema draft-07), candidates, a due date, and actions as outcomes.</summary>
/// <remarks>
/// Creates a bookmark and an outbox message <c>Visitation.HumanTask.Created</c> (the Host turns it into a
/// work item). Completion input: <c>{ "action": "...", "data": { ... } }</c>. The action must be one of the
/// actions and the data must satisfy the schema, otherwise the resume is rejected
/// (<see cref="ResumeRejectedException"/>) and the instance is not changed. The data becomes the output.
/// Candidates: <c>[{ "kind": "role"|"level"|"forum"|"user", "id": "..." }]</c>.
/// </remarks>
[Activity("Visitation.HumanTask", DisplayName = "Opgave", DisplayNameEn = "Human task", Category = "Opgaver",
    Outcomes = [], OutcomesFromInput = "actions", IsBlocking = true)]
public sealed class HumanTask : Activity, IOutboxMessageSource, IBookmarkSource
{
    static string IOutboxMessageSource.OutboxMessageType => CreatedMessageType;

    static string IBookmarkSource.BookmarkName => BookmarkName;

    public const string BookmarkName = "Visitation.HumanTask";
    public const string CreatedMessageType = "Visitation.HumanTask.Created";
    static readonly string[] CandidateKinds = ["role", "level", "forum", "user"];

    [Input(DisplayName = "Titel", DisplayNameEn = "Title", Required = true)]
    public Input<string> Title { get; set; } = new();

    [Input(DisplayName = "Beskrivelse", DisplayNameEn = "Description", UiHint = UiHints.MultiLine)]
    public Input<string> Description { get; set; } = new();

    [Input(DisplayName = "Formular (JSON Schema)", DisplayNameEn = "Form (JSON Schema)", UiHint = UiHints.Json)]
    public Input<JsonNode> FormSchema { get; set; } = new();

    [Input(DisplayName = "Kandidater", DisplayNameEn = "Candidates", UiHint = UiHints.Candidates)]
    public Input<JsonNode> Candidates { get; set; } = new();

    [Input(DisplayName = "Frist", DisplayNameEn = "Due", UiHint = UiHints.DateTime)]
    public Input<DateTimeOffset?> DueAt { get; set; } = new();

    [Input(DisplayName = "Handlinger", DisplayNameEn = "Actions", UiHint = UiHints.StringList)]
    public Input<string[]> Actions { get; set; } = new();

    [Output(DisplayName = "Formulardata", DisplayNameEn = "Form data")]
    public Output<JsonNode> Result { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        var taskId = context.NewId();
        var schema = context.GetJson(FormSchema);
        if (schema is JsonValue text && text.TryGetValue<string>(out var s)) schema = JsonNode.Parse(s);
        var candidates = context.GetJson(Candidates) as JsonArray ?? [];
        foreach (var candidate in candidates)
            if (candidate?["kind"]?.GetValue<string>() is not { } kind || !CandidateKinds.Contains(kind))
                throw new WorkflowFaultException($"HumanTask '{context.ActivityId}': candidate kind must be one of {string.Join(", ", CandidateKinds)}.");
        var actions = new JsonArray([.. (context.Get(Actions) ?? []).Select(a => (JsonNode?)a)]);
        context.Data["taskId"] = taskId;
        context.Data["formSchema"] = schema?.DeepClone();
        context.Data["actions"] = actions.DeepClone();

        var bookmark = context.CreateBookmark(BookmarkName, new JsonObject { ["taskId"] = taskId }, nameof(OnCompletedAsync));
        context.AddOutboxMessage(CreatedMessageType, new JsonObject
        {
            ["taskId"] = taskId,
            ["bookmarkId"] = bookmark.Id,
            ["activityId"] = context.ActivityId,
            ["title"] = context.Get(Title),
            ["description"] = context.Get(Description),
            ["formSchema"] = schema?.DeepClone(),
            ["candidates"] = candidates.DeepClone(),
            ["dueAt"] = context.Get(DueAt)?.ToUniversalTime(),
            ["actions"] = actions,
        }, context.StableKey("task-created"));
        return ValueTask.CompletedTask;
    }

    async ValueTask OnCompletedAsync(ActivityContext context)
    {
        var action = context.ResumeInput?["action"]?.GetValue<string>();
        var data = context.ResumeInput?["data"];
        var actions = (context.Data["actions"] as JsonArray ?? []).Select(a => a?.GetValue<string>()).ToList();
        if (actions.Count > 0 && (action is null || !actions.Contains(action)))
            throw new ResumeRejectedException($"Unknown action '{action}'. Expected one of: {string.Join(", ", actions)}.", [$"action: must be one of {string.Join(", ", actions)}"]);

        if (context.Data["formSchema"] is JsonObject schemaJson)
        {
            JsonSchema schema;
            try
            {
                schema = await LocalJsonSchema.FromJsonAsync(schemaJson.ToJsonString());
            }
            catch (ExternalSchemaReferenceException refused)
            {
                throw new ResumeRejectedException(refused.Message, ["formSchema: $ref outside the schema"]);
            }
            var errors = schema.Validate((data ?? new JsonObject()).ToJsonString());
            if (errors.Count > 0)
                throw new ResumeRejectedException("The form data does not match the task's form.",
                    [.. errors.Select(e => $"{(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}: {e.Kind}")]);
        }
        context.Set(Result, data);
        await context.CompleteAsync(action is null ? [] : [action]);
    }
}
