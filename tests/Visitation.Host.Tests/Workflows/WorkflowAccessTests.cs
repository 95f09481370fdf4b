using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Workflows;

/// <summary>Who may do what with flows, and that another municipality's flows answer 404 on every route.</summary>
public abstract class WorkflowAccessTests(HostFixture host)
{
    [Fact]
    public async Task Should_answer_404_on_every_route_when_the_flow_belongs_to_another_municipality()
    {
        using var nord = await host.Client().SignedInAsync("procesdesigner@9901");
        using var syd = await host.Client().SignedInAsync("procesdesigner@9902");
        using var sydAdmin = await host.Client().SignedInAsync("administrator@9902");
        var id = Flows.NewId("nord-only");
        await nord.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-event"));
        var instance = await nord.ExecuteAsync(id, new { correlationId = "nord-sag" });
        var bookmark = Assert.Single((await nord.InstanceAsync(instance.InstanceId)).Bookmarks);

        foreach (var path in new[]
        {
            $"/api/workflow-definitions/{id}", $"/api/workflow-definitions/{id}/versions", $"/api/workflow-definitions/{id}/export",
            $"/api/workflow-instances/{instance.InstanceId}", $"/api/workflow-instances/{instance.InstanceId}/journal",
        })
            await Problem.AssertAsync(await syd.GetAsync(path), HttpStatusCode.NotFound, "workflow.notFound");

        await Problem.AssertAsync(await syd.PostAsync($"/api/workflow-definitions/{id}/publish", new { }), HttpStatusCode.NotFound, "workflow.notFound");
        await Problem.AssertAsync(await syd.PostAsync($"/api/workflow-definitions/{id}/retract", null), HttpStatusCode.NotFound, "workflow.notFound");
        await Problem.AssertAsync(await syd.PostAsync($"/api/workflow-definitions/{id}/execute", new { }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await sydAdmin.PostAsync($"/api/workflow-instances/{instance.InstanceId}/cancel", null), HttpStatusCode.NotFound, "workflow.notFound");
        await Problem.AssertAsync(await sydAdmin.PostAsync($"/api/bookmarks/{bookmark.Id}/resume", new { }), HttpStatusCode.Conflict, "workflow.bookmarkGone");
        var triggered = await sydAdmin.ReadAsync<InstanceApiTests.Triggered>(await sydAdmin.PostAsync($"/api/events/{id}-event/trigger", new { correlationId = "nord-sag" }));
        var listed = await syd.ReadAsync<List<WorkflowApi.Started>>(await syd.GetAsync($"/api/workflow-instances?definitionId={id}"));

        Assert.Empty(triggered.Instances);
        Assert.Empty(listed);
        Assert.Equal("Suspended", (await nord.InstanceAsync(instance.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task Should_let_caseworkers_read_flows_but_not_change_run_or_resume_them()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var id = Flows.NewId("readonly");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "e"));
        var started = await designer.ExecuteAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/api/workflow-definitions/{id}")).StatusCode);
        await Problem.AssertAsync(await caseworker.PostAsync("/api/workflow-definitions/import", Flows.WaitForEvent(id, "hacked")), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/workflow-definitions/{id}/publish", new { }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/workflow-definitions/{id}/execute", new { }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.GetAsync($"/api/workflow-instances/{started.InstanceId}"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await designer.PostAsync("/api/events/e/trigger", new { }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/workflow-instances/{started.InstanceId}/cancel", null), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkflowAccessTestsOnSqlite(SqliteHostFixture host) : WorkflowAccessTests(host);

[Collection(PostgresCollection.Name)]
public sealed class WorkflowAccessTestsOnPostgres(PostgresHostFixture host) : WorkflowAccessTests(host);
