using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Opgaver;

/// <summary>The work list as caseworkers and leaders call it, and small flows made of tasks.</summary>
public static class TaskApi
{
    public sealed record Candidate(string Kind, string Id);

    public sealed record Escalation(DateTimeOffset At, string? Team);

    public sealed record WorkItem(string Id, string Title, string? CaseId, string InstanceId, string ActivityId, JsonNode? FormSchema, List<string> Actions,
        List<Candidate> Candidates, string? Assignee, DateTimeOffset? DueAt, string Priority, string Status, string? CompletedBy, string? CompletedAction,
        bool Overdue, Escalation? Escalation, bool InReassignmentQueue, bool CanAct);

    public sealed record Event(string Kind, string Actor, string? Assignee, string? Reason);

    public sealed record Details(WorkItem Task, List<Event> History);

    public sealed record Page(List<WorkItem> Items, int Total, int Skip, int Take);

    public const string Password = "lang-nok-kode";

    public static readonly string Schema = """
        { "type": "object", "required": ["begrundelse"],
          "properties": { "begrundelse": { "type": "string", "minLength": 3 }, "antal": { "type": "integer" } } }
        """;

    static JsonObject Object(string json) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = json } };

    /// <summary>A task activity: a form, the candidates, a due date, and the actions Godkend and Afvis.</summary>
    public static JsonObject Task(string id, string title, string candidatesJson, DateTimeOffset? dueAt = null)
    {
        var task = Flows.Activity(id, "Visitation.HumanTask",
            ("title", Flows.Literal("String", title)),
            ("formSchema", Object(Schema)),
            ("candidates", Object(candidatesJson)),
            ("actions", Object("""["Godkend","Afvis"]""")));
        if (dueAt is { } due) task["dueAt"] = Flows.Literal("DateTimeOffset", due.UtcDateTime.ToString("O"));
        return task;
    }

    /// <summary>Start → one task → "efter opgaven" when approved, "afvist" when refused.</summary>
    public static JsonObject OneTask(string definitionId, string candidatesJson, DateTimeOffset? dueAt = null) => Flows.Flowchart(definitionId,
        [
            Flows.Activity("start", "Elsa.Start"),
            Task("vurder", "Vurder sagen", candidatesJson, dueAt),
            Flows.Activity("efter", "Elsa.WriteLine", ("text", Flows.Literal("String", "efter opgaven"))),
            Flows.Activity("afvist", "Elsa.WriteLine", ("text", Flows.Literal("String", "afvist"))),
        ],
        [Flows.Connect("start", "vurder"), Flows.Connect("vurder", "efter", "Godkend"), Flows.Connect("vurder", "afvist", "Afvis")]);

    /// <summary>Publishes the flow and starts it for a new case; returns the case id and the instance id.</summary>
    public static async Task<(string CaseId, string InstanceId)> StartCaseAsync(ApiClient designer, JsonObject flow)
    {
        await designer.ImportAndPublishAsync(flow);
        var caseId = $"sag-{Guid.NewGuid():N}";
        var started = await designer.ExecuteAsync(flow["definitionId"]!.GetValue<string>(), new { correlationId = caseId });
        return (caseId, started.InstanceId);
    }

    public static async Task<Page> ListAsync(this ApiClient client, string query = "") =>
        await client.ReadAsync<Page>(await client.GetAsync($"/api/tasks{query}"));

    public static async Task<WorkItem> OfCaseAsync(this ApiClient client, string caseId) =>
        Assert.Single((await client.ListAsync($"?view=case&caseId={caseId}")).Items);

    public static async Task<Details> TaskAsync(this ApiClient client, string id) =>
        await client.ReadAsync<Details>(await client.GetAsync($"/api/tasks/{id}"));

    public static Task<HttpResponseMessage> CompleteAsync(this ApiClient client, string id, object body) =>
        client.PostAsync($"/api/tasks/{id}/complete", body);

    /// <summary>A new user of the administrator's municipality with the given roles, signed in.</summary>
    public static async Task<(string UserName, ApiClient Client)> NewUserAsync(HostFixture host, ApiClient admin, string prefix, string municipality,
        params string[] roles)
    {
        var userName = $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)] + "@" + municipality;
        var response = await admin.PostAsync("/api/users", new { username = userName, displayName = prefix, password = Password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (userName, await host.Client().SignedInAsync(userName, Password));
    }

    public static async Task<Guid> UserIdAsync(ApiClient admin, string userName) =>
        (await admin.ReadAsync<List<Organisation.OrganisationApi.UserOrganisation>>(await admin.GetAsync("/api/organisation/users")))
        .Single(u => u.Username == userName).Id;

    public static async Task SetOrganisationAsync(ApiClient admin, string userName, object organisation)
    {
        var response = await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{await UserIdAsync(admin, userName)}", organisation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
