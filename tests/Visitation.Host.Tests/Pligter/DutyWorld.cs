using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Pligter;

/// <summary>
/// A municipality of its own with a rådgiver, a teamleder and an afdelingsleder (levels <c>teamleder</c> and
/// <c>afdelingsleder</c>), and a plan whose rows carry duties; and the way from underretning to a submitted indstilling.
/// </summary>
public sealed class DutyWorld(string code, ApiClient admin, (string Name, ApiClient Client) raadgiver, (string Name, ApiClient Client) teamleder,
    (string Name, ApiClient Client) afdelingsleder) : IDisposable
{
    public sealed record Duty(Guid Id, Guid CaseId, Guid IndstillingId, Guid? DecisionId, string Kind, string LevelId, string Level, bool Waits, string State,
        string RuleId, int PlanVersion, string? Justification, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Reason, string? MessageSubject,
        string? MessageText, int Recipients);

    public sealed record Queued(Duty Duty, string CaseNumber, string MeasureType, decimal CostThisYear, decimal CostTotal, string SubmittedBy);

    public string Code { get; } = code;
    public ApiClient Admin { get; } = admin;
    public string RaadgiverName { get; } = raadgiver.Name;
    public ApiClient Raadgiver { get; } = raadgiver.Client;
    public string TeamlederName { get; } = teamleder.Name;
    public ApiClient Teamleder { get; } = teamleder.Client;
    public string AfdelingslederName { get; } = afdelingsleder.Name;
    public ApiClient Afdelingsleder { get; } = afdelingsleder.Client;

    /// <summary>
    /// Familiebehandling: the rådgiver decides; a copy with the price to the teamleder, information to the afdelingsleder,
    /// and the afdelingsleder's approval (the gate ledelsesgodkendelse). Aflastning: the rådgiver decides and justifies it to
    /// the teamleder, and the decision waits for the justification; a copy without price to the teamleder.
    /// </summary>
    public static object Plan(string effectiveFrom = "2026-01-01") => new { effectiveFrom, hitPolicy = "Unique", rules = Rules() };

    public static object[] Rules() =>
        [
            new
            {
                id = "fb", measureType = "familiebehandling", @default = true, level = "raadgiver", gates = new[] { "ledelsesgodkendelse" },
                duties = new object[]
                {
                    new { kind = "copy-with-price", level = "teamleder" }, new { kind = "inform", level = "afdelingsleder" },
                    new { kind = "approve-by", level = "afdelingsleder" },
                },
            },
            new
            {
                id = "afl", measureType = "aflastning", @default = true, level = "raadgiver",
                duties = new object[] { new { kind = "justify-to", level = "teamleder", waits = true }, new { kind = "copy", level = "teamleder" } },
            },
            new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" },
        ];

    public static async Task<DutyWorld> CreateAsync(HostFixture host, object? plan = null)
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, admin) = await KommuneApi.NewMunicipalityAsync(host, installation);
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "raadgiver", "Rådgiver", "role");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "teamleder", "Teamleder", "level");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "afdelingsleder", "Afdelingsleder", "level");
        var raadgiver = await TaskApi.NewUserAsync(host, admin, "rg", code, "Raadgiver");
        var teamleder = await TaskApi.NewUserAsync(host, admin, "tl", code, "Leder");
        var afdelingsleder = await TaskApi.NewUserAsync(host, admin, "al", code, "Leder");
        await TaskApi.SetOrganisationAsync(admin, teamleder.UserName, new { levels = new[] { "teamleder" } });
        await TaskApi.SetOrganisationAsync(admin, afdelingsleder.UserName, new { levels = new[] { "afdelingsleder" } });
        var saved = await admin.SendAsync(HttpMethod.Put, "/api/competence-plans", plan ?? Plan());
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        return new DutyWorld(code, admin, raadgiver, teamleder, afdelingsleder);
    }

    /// <summary>A case whose undersøgelse is finished, so its flow waits for an indstilling.</summary>
    public async Task<Guid> CaseAsync(string child = "Alma Lund")
    {
        var registered = await RegisterAsync(Raadgiver, [Child(child, Sager.CaseApi.NewCpr())]);
        var flowId = registered.Cases[0].WorkflowInstanceId!;
        await CompleteAsync(Admin, flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(Admin, flowId, "undersoegelse", "indstilling");
        return registered.Cases[0].CaseId;
    }

    public static object Indstilling(string type, decimal hours = 4) => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type, legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
        scope = new { quantity = hours, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = "2026-12-01",
        expectedEnd = "2027-05-31",
        goals = new[] { "Faste rutiner morgen og aften" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
    };

    /// <summary>Drafts and submits the indstilling, then hears the parties, so the decision task is open; returns the indstilling's id.</summary>
    public async Task<Guid> SubmittedAsync(Guid caseId, string type)
    {
        var draft = await Raadgiver.ReadAsync<System.Text.Json.JsonElement>(await Raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", Indstilling(type)),
            HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        var submitted = await Raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{id}/submit", null);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var hearing = Assert.Single((await Raadgiver.ListAsync($"?view=case&caseId={caseId}&take=200")).Items,
            t => t.ActivityId == "partshoering" && t.Status is not ("Completed" or "Cancelled"));
        await Raadgiver.ReadAsync<TaskApi.WorkItem>(await Raadgiver.CompleteAsync(hearing.Id,
            new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } }));
        return id;
    }

    public Task<HttpResponseMessage> DecideAsync(ApiClient client, Guid caseId, Guid id, string outcome = "Bevilget") =>
        client.PostAsync($"/api/cases/{caseId}/indstillinger/{id}/decision", new { outcome, rationale = "Indsatsen er den mindst indgribende." });

    public static async Task<List<Duty>> DutiesAsync(ApiClient client, Guid caseId) =>
        await client.ReadAsync<List<Duty>>(await client.GetAsync($"/api/cases/{caseId}/duties"));

    public static async Task<List<Queued>> MineAsync(ApiClient client) => await client.ReadAsync<List<Queued>>(await client.GetAsync("/api/duties/mine"));

    public void Dispose()
    {
        Admin.Dispose();
        Raadgiver.Dispose();
        Teamleder.Dispose();
        Afdelingsleder.Dispose();
    }
}
