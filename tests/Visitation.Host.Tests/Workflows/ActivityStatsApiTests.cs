using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Workflows;

public abstract class ActivityStatsApiTests(HostFixture host)
{
    public sealed record ActivityStats(string ActivityId, int Waiting, double MedianWaitingHours, DateTimeOffset OldestSince);

    [Fact]
    public async Task Should_count_running_instances_at_the_activity_they_wait_at_and_leave_out_finished_ones()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var id = Flows.NewId("stats");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-go"));
        await designer.ExecuteAsync(id, new { correlationId = "sag-1" });
        await designer.ExecuteAsync(id, new { correlationId = "sag-2" });
        await designer.ExecuteAsync(id, new { correlationId = "sag-3" });
        await admin.PostAsync($"/api/events/{id}-go/trigger", new { correlationId = "sag-3" });

        var stats = await designer.ReadAsync<List<ActivityStats>>(await designer.GetAsync($"/api/workflow-definitions/{id}/activity-stats"));

        var wait = Assert.Single(stats);
        Assert.Equal(("wait", 2), (wait.ActivityId, wait.Waiting));
        Assert.True(wait.MedianWaitingHours >= 0);
        Assert.True(wait.OldestSince <= TestCalendar.Now);
    }

    [Fact]
    public async Task Should_answer_404_for_a_flow_of_another_municipality_and_403_for_a_caseworker()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var otherDesigner = await host.Client().SignedInAsync("procesdesigner@9902");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var id = Flows.NewId("stats-tenant");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-go"));
        await designer.ExecuteAsync(id);

        var fromOther = await otherDesigner.GetAsync($"/api/workflow-definitions/{id}/activity-stats");
        var fromCaseworker = await caseworker.GetAsync($"/api/workflow-definitions/{id}/activity-stats");

        Assert.Equal(HttpStatusCode.NotFound, fromOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromCaseworker.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityStatsApiTestsOnSqlite(SqliteHostFixture host) : ActivityStatsApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ActivityStatsApiTestsOnPostgres(PostgresHostFixture host) : ActivityStatsApiTests(host);
