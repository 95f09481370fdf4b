using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

/// <summary>The shipped case flows are valid and published in every municipality; the audit trail cannot be changed even by SQL.</summary>
public abstract class CaseFlowTests(HostFixture host)
{
    public sealed record Report(bool Valid, List<JsonObject> Errors, List<JsonObject> Warnings);

    public sealed record DefinitionSummary(string DefinitionId, int? PublishedVersion);

    [Theory]
    [InlineData("visitation-standard")]
    [InlineData("tidlig-indsats")]
    [InlineData("visitation-bevilling-foer-matchning")]
    public async Task Should_ship_flows_that_are_valid_and_published_for_each_municipality(string definitionId)
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "workflows", definitionId + ".json")))!;

        var report = await designer.ReadAsync<Report>(await designer.PostAsync("/api/workflow-definitions/validate", json));

        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.ToJsonString())));
        Assert.Empty(report.Warnings);
        Assert.All(json["root"]!["activities"]!.AsArray(), a => Assert.NotNull(a!["metadata"]?["designer"]?["position"]));
        foreach (var code in new[] { "9901", "9902", "0167", "0410", "0615", "0621", "0706", "0846" })
        {
            using var local = await host.Client().SignedInAsync($"procesdesigner@{code}");
            var response = await local.GetAsync($"/api/workflow-definitions/{definitionId}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{definitionId} missing in {code}");
        }
    }

    [Fact]
    public async Task Should_seed_a_shipped_flow_a_municipality_lacks_and_keep_its_own_versions_of_the_others()
    {
        await using var factory = host.CreateFactory(await host.SeparateDatabaseAsync());
        using var designer = await new ApiClient(factory.CreateClient(new() { HandleCookies = true })).SignedInAsync("procesdesigner@0621");
        var standard = JsonNode.Parse(await (await designer.GetAsync("/api/workflow-definitions/visitation-standard/export")).Content.ReadAsStringAsync())!.AsObject();
        standard["name"] = "Visitation (Kolding)";
        await designer.ImportAndPublishAsync(standard);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            var kolding = await db.Kommuner.SingleAsync(k => k.Code == "0621");
            var tenant = scope.ServiceProvider.GetRequiredService<Visitation.Workflows.Hosting.WorkflowTenants>().For(kolding.Id.ToString());
            await tenant.Db.Definitions.Where(d => d.TenantId == tenant.TenantId && d.DefinitionId == "visitation-bevilling-foer-matchning").ExecuteDeleteAsync();
        }
        var lacking = await designer.GetAsync("/api/workflow-definitions/visitation-bevilling-foer-matchning");

        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Visitation.Host.Infrastructure.Seeding.CaseFlowSeeder>().SeedAsync(CancellationToken.None);
        var seeded = await designer.GetAsync("/api/workflow-definitions/visitation-bevilling-foer-matchning");
        var versions = await (await designer.GetAsync("/api/workflow-definitions/visitation-standard/versions")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, lacking.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        Assert.Contains("Visitation (Kolding)", versions);
        Assert.Contains("\"version\":2", versions.Replace(" ", ""));
        Assert.DoesNotContain("\"version\":3", versions.Replace(" ", ""));
    }

    [Fact]
    public async Task Should_ask_for_a_foreloebig_vurdering_when_the_undersoegelse_passes_its_deadline_and_close_a_case_with_no_further_action()
    {
        var start = TestCalendar.Now;
        var clock = new ManualClock(start);
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase()) { ["Workflows:SchedulerEnabled"] = "false" }, clock: clock);
        // Signed in anew after the clock moved: a session does not outlive the months the test skips.
        Task<ApiClient> SignInAsync(string user) => new ApiClient(factory.CreateClient(new() { HandleCookies = true })).SignedInAsync(user);
        var scheduler = factory.Services.GetRequiredService<Visitation.Workflows.Hosting.WorkflowScheduler>();
        using var raadgiver = await SignInAsync("raadgiver@9901");
        using var admin = await SignInAsync("administrator@9901");
        var late = await UnderretningApi.RegisterAsync(raadgiver, [UnderretningApi.Child("Ida Lind", CaseApi.NewCpr())], receivedAt: start);
        var finished = await UnderretningApi.RegisterAsync(raadgiver, [UnderretningApi.Child("Otto Lind", CaseApi.NewCpr())], receivedAt: start);
        var closed = await UnderretningApi.RegisterAsync(raadgiver, [UnderretningApi.Child("Asta Lind", CaseApi.NewCpr())], receivedAt: start);
        foreach (var registered in new[] { late, finished, closed })
            await UnderretningApi.CompleteAsync(admin, registered.Cases[0].WorkflowInstanceId!, "vurdering", "undersoegelse", new { begrundelse = "Bekymring" });
        await UnderretningApi.CompleteAsync(admin, finished.Cases[0].WorkflowInstanceId!, "undersoegelse", "indstilling");
        await UnderretningApi.CompleteAsync(admin, closed.Cases[0].WorkflowInstanceId!, "undersoegelse", "ingen-handling");
        var beforeDeadline = await UnderretningApi.FlowAsync(admin, late.Cases[0].WorkflowInstanceId!);

        clock.Set(UnderretningApi.Variable(beforeDeadline, "undersoegelseFrist").AddMinutes(1));
        await scheduler.FireDueAsync(CancellationToken.None);
        using var caseworker = await SignInAsync("raadgiver@9901");
        async Task<List<string>> OpenTasksAsync(Guid caseId) => [.. (await Opgaver.TaskApi.ListAsync(caseworker, $"?view=case&caseId={caseId}&take=200")).Items
            .Where(t => t.Status is not ("Completed" or "Cancelled")).Select(t => t.ActivityId).Order()];
        var lateTasks = await OpenTasksAsync(late.Cases[0].CaseId);
        var finishedTasks = await OpenTasksAsync(finished.Cases[0].CaseId);
        var closedCase = await caseworker.ReadAsync<CaseApi.CaseDetail>(await caseworker.GetAsync($"/api/cases/{closed.Cases[0].CaseId}"));
        var closedTasks = await OpenTasksAsync(closed.Cases[0].CaseId);

        Assert.DoesNotContain("foreloebig-vurdering", UnderretningApi.OpenTasks(beforeDeadline));
        Assert.Contains("foreloebig-vurdering", lateTasks);
        Assert.Contains("undersoegelse", lateTasks);
        Assert.DoesNotContain("foreloebig-vurdering", finishedTasks);
        Assert.Equal("Lukket", closedCase.Status);
        Assert.Empty(closedTasks);
    }

    [Fact]
    public async Task Should_refuse_to_update_or_delete_audit_entries_in_the_database()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var sag = await CaseApi.RegisterAsync(raadgiver, "Ruben Skov", CaseApi.NewCpr());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_trail SET \"Action\" = 'x' WHERE \"SagId\" = {0}", sag.Id));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_trail WHERE \"SagId\" = {0}", sag.Id));
        var entries = await db.AuditEntries.IgnoreQueryFilters().Where(e => e.SagId == sag.Id).Select(e => e.Action).ToListAsync();

        Assert.NotNull(update);
        Assert.NotNull(delete);
        Assert.Equal(["sag.register"], entries);
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Visitation.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("Visitation.sln not found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseFlowTestsOnSqlite(SqliteHostFixture host) : CaseFlowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseFlowTestsOnPostgres(PostgresHostFixture host) : CaseFlowTests(host);
