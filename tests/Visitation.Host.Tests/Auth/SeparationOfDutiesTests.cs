using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Auth;

/// <summary>
/// Each role does only what it is for: a process designer's own flow cannot close or decide a case by carrying its
/// id, and an administrator does not complete a caseworker's task behind the work list's rules without a recorded reason.
/// </summary>
public abstract class SeparationOfDutiesTests(HostFixture host)
{
    static JsonObject ClosingFlow(string definitionId) => Flows.Flowchart(definitionId,
        [
            Flows.Activity("start", "Elsa.Start"),
            Flows.Activity("luk", "Visitation.LukSag", ("begrundelse", Flows.Literal("String", "Lukket af designer"))),
        ],
        [Flows.Connect("start", "luk")]);

    [Fact]
    public async Task Should_leave_the_case_open_when_a_designer_runs_a_closing_flow_with_the_case_id_as_correlation_id()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var caseId = (await RegisterAsync(raadgiver, [Child("Karla Stub", NewCpr())])).Cases[0].CaseId;
        var flow = ClosingFlow(Flows.NewId("luk"));
        await designer.ImportAndPublishAsync(flow);

        var run = await designer.ExecuteAsync(flow["definitionId"]!.GetValue<string>(), new { correlationId = caseId.ToString() });
        var sag = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"));
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{caseId}/audit"));

        Assert.Equal("Finished", run.Status);
        Assert.Equal("Aaben", sag.Status);
        Assert.DoesNotContain(trail, e => e.Action == "sag.close");
    }

    [Fact]
    public async Task Should_close_the_case_from_a_flow_an_administrator_made_the_cases_own_with_a_reason_in_the_audit_trail()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var registered = (await RegisterAsync(raadgiver, [Child("Karl Stub", NewCpr())])).Cases[0];
        var flow = ClosingFlow(Flows.NewId("luk"));
        await designer.ImportAndPublishAsync(flow);
        var definitionId = flow["definitionId"]!.GetValue<string>();

        var byDesigner = await designer.PostAsync($"/api/cases/{registered.CaseId}/flow/replace", new { definitionId, reason = "Forsøg" });
        var noReason = await admin.PostAsync($"/api/cases/{registered.CaseId}/flow/replace", new { definitionId });
        var replaced = await Bevillinger.BevillingApi.ReplaceCaseFlowAsync(admin, registered.CaseId, definitionId);
        var sag = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{registered.CaseId}"));
        var old = await admin.InstanceAsync(registered.WorkflowInstanceId!);
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{registered.CaseId}/audit"));

        Assert.Equal(HttpStatusCode.Forbidden, byDesigner.StatusCode);
        await Problem.AssertAsync(noReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal("Lukket", sag.Status);
        Assert.Equal(replaced.InstanceId, sag.WorkflowInstanceId);
        Assert.Equal("Cancelled", old.SubStatus);
        var entry = Assert.Single(trail, e => e.Action == "sag.flow.replace");
        Assert.Equal(("administrator@9901", "Test flow on the case"), (entry.User, entry.Reason));
        Assert.Contains(trail, e => e.Action == "sag.close");
    }

    [Fact]
    public async Task Should_refuse_an_administrator_resuming_a_caseworkers_task_without_a_reason_and_audit_one_with_a_reason()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var registered = (await RegisterAsync(raadgiver, [Child("Sofus Stub", NewCpr())])).Cases[0];
        var task = (await FlowAsync(admin, registered.WorkflowInstanceId!)).Bookmarks.Single(b => b.ActivityId == "vurdering");
        var input = new { action = "undersoegelse", data = new { begrundelse = "Bekymring" } };

        var refused = await admin.PostAsync($"/api/bookmarks/{task.Id}/resume", new { input });
        var stillOpen = await FlowAsync(admin, registered.WorkflowInstanceId!);
        var resumed = await admin.PostAsync($"/api/bookmarks/{task.Id}/resume", new { input, reason = "Rådgiveren er syg; aftalt med lederen" });
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{registered.CaseId}/audit"));

        await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "workflow.taskReasonRequired", "/reason");
        Assert.Contains(stillOpen.Bookmarks, b => b.Id == task.Id);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var entry = Assert.Single(trail, e => e.Action == "task.operatorResume");
        Assert.Equal(("administrator@9901", "Rådgiveren er syg; aftalt med lederen"), (entry.User, entry.Reason));
    }

    static async Task<Organisation.OrganisationApi.UserOrganisation> OrganisationOfAsync(ApiClient admin, string username) =>
        (await admin.ReadAsync<List<Organisation.OrganisationApi.UserOrganisation>>(await admin.GetAsync("/api/organisation/users"))).Single(u => u.Username == username);

    [Fact]
    public async Task Should_refuse_an_administrator_giving_themselves_decision_levels_or_making_themselves_a_holders_substitute()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "sod-niveau", "Afdelingsleder", "level");
        var (holderName, holder) = await Kommuner.KommuneApi.UserAsync(host, admin, "9902", "Leder");
        using var _ = holder;
        var self = await OrganisationOfAsync(admin, "administrator@9902");
        var holderId = (await OrganisationOfAsync(admin, holderName)).Id;

        var ownLevels = await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{self.Id}", new { levels = new[] { "sod-niveau" } });
        var ownTitle = await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{self.Id}", new { levels = self.Levels, title = "Administrator" });
        var asSubstitute = await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{holderId}",
            new { levels = new[] { "sod-niveau" }, substitute = "administrator@9902" });
        var after = await OrganisationOfAsync(admin, "administrator@9902");
        var holderAfter = await OrganisationOfAsync(admin, holderName);

        await Problem.AssertAsync(ownLevels, HttpStatusCode.Forbidden, "user.notSelf", "/levels");
        Assert.Equal(HttpStatusCode.OK, ownTitle.StatusCode);
        await Problem.AssertAsync(asSubstitute, HttpStatusCode.Forbidden, "organisation.youAsSubstitute", "/substitute");
        Assert.DoesNotContain("sod-niveau", after.Levels);
        Assert.Null(holderAfter.Substitute);
        Assert.Empty(holderAfter.Levels);
    }

    [Fact]
    public async Task Should_refuse_taking_a_seat_in_a_deciding_forum_oneself_and_let_another_leader_give_it()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        using var leder = await host.Client().SignedInAsync("leder@9902");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "sod-udvalg", "Udvalg", "forum");
        object Forum(string chair, string[] members) => new
        {
            name = $"Udvalg {Guid.NewGuid():N}"[..15], kind = "Visitationsudvalg", level = "sod-udvalg", chair, members,
            schedule = new { everyWeeks = 1, weekday = "Monday", time = "09:00", startsOn = "2027-03-15" },
            cutoff = new { daysBefore = 2, time = "12:00" }, capacity = 5, asyncApproval = "Off",
        };

        var asChair = await admin.PostAsync("/api/forums", Forum("administrator@9902", ["leder@9902"]));
        var asMember = await admin.PostAsync("/api/forums", Forum("leder@9902", ["leder@9902", "administrator@9902"]));
        var byAnother = await leder.PostAsync("/api/forums", Forum("administrator@9902", ["administrator@9902"]));
        var created = System.Text.Json.Nodes.JsonNode.Parse(await byAnother.Content.ReadAsStringAsync())!;
        var keepsOwnSeat = await admin.SendAsync(HttpMethod.Put, $"/api/forums/{created["id"]}", Forum("administrator@9902", ["administrator@9902"]));

        await Problem.AssertAsync(asChair, HttpStatusCode.Forbidden, "forum.ownSeat", "/chair");
        await Problem.AssertAsync(asMember, HttpStatusCode.Forbidden, "forum.ownSeat", "/members/1");
        Assert.Equal(HttpStatusCode.Created, byAnother.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keepsOwnSeat.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SeparationOfDutiesTestsOnSqlite(SqliteHostFixture host) : SeparationOfDutiesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SeparationOfDutiesTestsOnPostgres(PostgresHostFixture host) : SeparationOfDutiesTests(host);
