using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Sager;

namespace Visitation.Host.Tests.Bevillinger;

/// <summary>Grants, orders and provider users as the tests read them, and the small flows that grant, order and end.</summary>
public static class BevillingApi
{
    public sealed record Municipality(string Code, string Name);

    public sealed record Grant(Guid Id, Guid CaseId, Guid IndstillingId, string MeasureType, Guid? ProviderId, Guid? OfferId, string? ProviderName, string LegalBasis,
        decimal Quantity, string Unit, decimal UnitPrice, DateOnly Start, DateOnly? End, DateOnly? TimeLimit, Municipality ActingMunicipality,
        Municipality PayingMunicipality, decimal? FramePerYear, string Status, string? EndReason);

    public sealed record MonthCost(int Year, int Month, int Days, int DaysInMonth, decimal Amount);

    public sealed record Projection(DateOnly From, DateOnly To, bool OpenEnded, List<MonthCost> Months, decimal Total);

    public sealed record GrantDetail(Grant Grant, Projection Commitment);

    public sealed record MonthAmount(int Year, int Month, decimal Amount);

    public sealed record Line(Guid BevillingId, Guid CaseId, string MeasureType, string? ProviderName, string Status, List<MonthAmount> Months, decimal Total);

    public sealed record Commitments(DateOnly From, DateOnly To, List<MonthAmount> Months, List<Line> Lines, decimal Total);

    public sealed record Expiring(Grant Grant, int DaysLeft, DateTimeOffset? NotifiedAt);

    public sealed record Child(string Name, DateOnly? DateOfBirth);

    public sealed record Contact(string Name, string Username);

    public sealed record Order(Guid Id, string Status, string MeasureType, List<string> Goals, string LegalBasis, decimal Quantity, string Unit, decimal UnitPrice,
        DateOnly Start, DateOnly? End, Child Child, Contact Contact, string? Reason);

    public const string Password = "lang-nok-kode";

    /// <summary>Familiebehandling, 4 hours a month at 850.50 kr. (3,402.00 kr. a month), from <paramref name="start"/>.</summary>
    public static object Familiebehandling(DateOnly start, DateOnly? expectedEnd) => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
        scope = new { quantity = 4m, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = start.ToString("yyyy-MM-dd"),
        expectedEnd = expectedEnd?.ToString("yyyy-MM-dd"),
        goals = new[] { "Faste rutiner morgen og aften", "Barnet kommer i skole hver dag" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
    };

    /// <summary>A new case registered by the caseworker, with a drafted indstilling; returns the case and the indstilling.</summary>
    public static async Task<(Guid CaseId, Guid IndstillingId, string Cpr)> CaseWithIndstillingAsync(ApiClient caseworker, string childName, object indstilling)
    {
        var cpr = CaseApi.NewCpr();
        var registered = await UnderretningApi.RegisterAsync(caseworker, [UnderretningApi.Child(childName, cpr)]);
        var caseId = registered.Cases[0].CaseId;
        var draft = await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger", indstilling);
        var text = await draft.Content.ReadAsStringAsync();
        Assert.True(draft.StatusCode == HttpStatusCode.Created, text);
        return (caseId, JsonNode.Parse(text)!["id"]!.GetValue<Guid>(), cpr);
    }

    public static async Task<Guid> ProviderAsync(ApiClient admin, string name)
    {
        var response = await admin.PostAsync("/api/providers", new { name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)] });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<Guid>();
    }

    /// <summary>A provider's user of the administrator's municipality, signed in.</summary>
    public static async Task<(string UserName, ApiClient Client)> ProviderUserAsync(HostFixture host, ApiClient admin, string municipality, Guid providerId)
    {
        var userName = $"lev{Guid.NewGuid():N}"[..11] + "@" + municipality;
        var response = await admin.PostAsync("/api/users", new { username = userName, displayName = "Leverandør", password = Password, roles = new[] { "Leverandoer" }, providerId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (userName, await host.Client().SignedInAsync(userName, Password));
    }

    static JsonObject Js(string typeName, string script) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

    static JsonObject Var(string typeName, string name) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = name } };

    static JsonObject Into(string typeName, string variable) => new() { ["typeName"] = typeName, ["memoryReference"] = new JsonObject { ["id"] = variable } };

    static JsonObject Variable(string name, string typeName) => new() { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["isArray"] = false, ["value"] = null };

    /// <summary>Bevilg from the flow's input (<c>indstillingId</c>, <c>valg</c>, <c>tidsbegraensning</c>, <c>betalingskommune</c>) into the variable <c>bevillingId</c>.</summary>
    static JsonObject GrantActivity() => Flows.Activity("bevilg", "Visitation.Bevilg",
        ("indstillingId", Js("String", "getInput('indstillingId')")),
        ("valg", Js("Object", "getInput('valg') ?? null")),
        ("tidsbegraensning", Js("String", "getInput('tidsbegraensning') ?? null")),
        ("betalingskommune", Js("String", "getInput('betalingskommune') ?? null")),
        ("bevillingId", Into("String", "bevillingId")));

    static JsonObject WithVariables(JsonObject flow, params JsonObject[] variables)
    {
        flow["variables"] = new JsonArray([.. variables]);
        return flow;
    }

    /// <summary>Start → Bevilg → wait for <c>test-afslut</c> → AfslutBevilling on the input's <c>slut</c>.</summary>
    public static JsonObject GrantThenEnd(string definitionId) => WithVariables(Flows.Flowchart(definitionId,
        [
            Flows.Activity("start", "Elsa.Start"),
            GrantActivity(),
            Flows.Activity("vent", "Elsa.Event", ("eventName", Flows.Literal("String", "test-afslut"))),
            Flows.Activity("afslut", "Visitation.AfslutBevilling",
                ("bevillingId", Var("String", "bevillingId")), ("slut", Js("String", "getInput('slut')")), ("aarsag", Flows.Literal("String", "Målene er nået"))),
        ],
        [Flows.Connect("start", "bevilg"), Flows.Connect("bevilg", "vent"), Flows.Connect("vent", "afslut")]), Variable("bevillingId", "String"));

    /// <summary>
    /// Start → Bevilg → Bestil; accepted: write "accepteret"; declined: a task "loes" for the neutral resolver the answer names.
    /// </summary>
    public static JsonObject GrantThenOrder(string definitionId) => WithVariables(Flows.Flowchart(definitionId,
        [
            Flows.Activity("start", "Elsa.Start"),
            GrantActivity(),
            Flows.Activity("bestil", "Visitation.Bestil", ("bevillingId", Var("String", "bevillingId")), ("svar", Into("Object", "svar"))),
            Flows.Activity("accepteret", "Elsa.WriteLine", ("text", Flows.Literal("String", "accepteret"))),
            Flows.Activity("loes", "Visitation.HumanTask",
                ("title", Flows.Literal("String", "Leverandøren afviste bestillingen")),
                ("candidates", Js("Object", "getVariable('svar').loeser")),
                ("actions", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[\"ny-leverandoer\"]" } })),
        ],
        [Flows.Connect("start", "bevilg"), Flows.Connect("bevilg", "bestil"), Flows.Connect("bestil", "accepteret", "accepteret"), Flows.Connect("bestil", "loes", "afvist")]),
        Variable("bevillingId", "String"), Variable("svar", "Object"));

    /// <summary>Start → Bevilg → wait for <c>bevilling-udloeber</c> → write "udloeber".</summary>
    public static JsonObject GrantThenExpiry(string definitionId) => WithVariables(Flows.Flowchart(definitionId,
        [
            Flows.Activity("start", "Elsa.Start"),
            GrantActivity(),
            Flows.Activity("udloeb", "Elsa.Event", ("eventName", Flows.Literal("String", "bevilling-udloeber"))),
            Flows.Activity("efter", "Elsa.WriteLine", ("text", Flows.Literal("String", "udloeber"))),
        ],
        [Flows.Connect("start", "bevilg"), Flows.Connect("bevilg", "udloeb"), Flows.Connect("udloeb", "efter")]), Variable("bevillingId", "String"));

    /// <summary>Publishes the flow (as the designer) and starts it on the case with the input.</summary>
    /// <summary>
    /// Makes <paramref name="definitionId"/> the case's own flow (only that flow changes the case); the administrator's audited operation.
    /// </summary>
    public static async Task<WorkflowApi.Started> ReplaceCaseFlowAsync(ApiClient administrator, Guid caseId, string definitionId, object? input = null)
    {
        var response = await administrator.PostAsync($"/api/cases/{caseId}/flow/replace", new { definitionId, input = input ?? new { }, reason = "Test flow on the case" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return System.Text.Json.JsonSerializer.Deserialize<WorkflowApi.Started>(text, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
    }

    public static async Task<string> StartOnCaseAsync(ApiClient designer, JsonObject flow, Guid caseId, object input)
    {
        await designer.ImportAndPublishAsync(flow);
        return (await ReplaceCaseFlowAsync(designer, caseId, flow["definitionId"]!.GetValue<string>(), input)).InstanceId;
    }

    public static async Task<List<Grant>> GrantsAsync(ApiClient client, Guid caseId) =>
        await client.ReadAsync<List<Grant>>(await client.GetAsync($"/api/cases/{caseId}/bevillinger"));

    public static async Task<GrantDetail> GrantAsync(ApiClient client, Guid caseId, Guid id, string query = "") =>
        await client.ReadAsync<GrantDetail>(await client.GetAsync($"/api/cases/{caseId}/bevillinger/{id}{query}"));

    public static async Task<List<Order>> OrdersAsync(ApiClient provider) =>
        await provider.ReadAsync<List<Order>>(await provider.GetAsync("/api/provider/orders"));
}
