using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Tests.Workflows;

/// <summary>Migration of running instances, publishing from a date, and retention.</summary>
public abstract class ProductionStrengthTests(HostFixture host)
{
    public sealed record Move(string From, string To, string Status);

    public sealed record InstanceReport(string InstanceId, bool CanMigrate, bool Migrated, List<Move> Moves, List<string> Problems, List<string> Warnings);

    public sealed record MigrationResult(bool DryRun, List<InstanceReport> Instances);

    public sealed record VersionInfo(int Version, string State, DateTimeOffset? EffectiveFrom);

    private static JsonObject Task(string id, string title) => Flows.Activity(id, "Visitation.HumanTask",
        ("title", Flows.Literal("String", title)),
        ("actions", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[\"Godkend\"]" } }));

    private static JsonObject Version1(string id) => Flows.Flowchart(id,
        [Flows.Activity("start", "Elsa.Start"), Flows.Activity("wait", "Elsa.Event", ("eventName", Flows.Literal("String", $"{id}-go"))),
         Task("review", "Gennemse"), Flows.Activity("after", "Elsa.WriteLine", ("text", Flows.Literal("String", "v1 after task")))],
        [Flows.Connect("start", "wait"), Flows.Connect("wait", "review"), Flows.Connect("review", "after", "Godkend")]);

    private static JsonObject Version2(string id) => Flows.Flowchart(id,
        [Flows.Activity("start", "Elsa.Start"), Task("review2", "Gennemse igen"),
         Flows.Activity("after2", "Elsa.WriteLine", ("text", Flows.Literal("String", "v2 after task")))],
        [Flows.Connect("start", "review2"), Flows.Connect("review2", "after2", "Godkend")]);

    [Fact]
    public async Task Should_report_unmappable_instances_in_a_dry_run_then_migrate_the_others_where_they_were()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var id = Flows.NewId("migrate");
        await designer.ImportAndPublishAsync(Version1(id));
        var atEvent = await designer.ExecuteAsync(id, new { correlationId = "a" });
        var atTask = await designer.ExecuteAsync(id, new { correlationId = "b" });
        await admin.PostAsync($"/api/events/{id}-go/trigger", new { correlationId = "b" });
        var taskBookmark = Assert.Single((await designer.InstanceAsync(atTask.InstanceId)).Bookmarks);
        await designer.ImportAndPublishAsync(Version2(id));
        var request = new { definitionId = id, fromVersion = 1, toVersion = 2, mapping = new Dictionary<string, string> { ["review"] = "review2" }, dryRun = true };

        var dryRun = await designer.ReadAsync<MigrationResult>(await designer.PostAsync("/api/workflow-instances/migrate", request));
        var unchanged = await designer.InstanceAsync(atTask.InstanceId);
        var applied = await designer.ReadAsync<MigrationResult>(await designer.PostAsync("/api/workflow-instances/migrate", request with { dryRun = false }));
        var migrated = await designer.InstanceAsync(atTask.InstanceId);
        var resumed = await admin.ReadAsync<WorkflowApi.Started>(await admin.PostAsync($"/api/bookmarks/{taskBookmark.Id}/resume",
            new { input = new { action = "Godkend", data = new { } }, reason = "Operator test" }));

        var blocked = Assert.Single(dryRun.Instances, i => i.InstanceId == atEvent.InstanceId);
        Assert.False(blocked.CanMigrate);
        Assert.Contains(blocked.Problems, p => p.Contains("'wait'") && p.Contains("no counterpart"));
        var movable = Assert.Single(dryRun.Instances, i => i.InstanceId == atTask.InstanceId);
        Assert.True(movable.CanMigrate && !movable.Migrated);
        Assert.Contains(new Move("review", "review2", "Waiting"), movable.Moves);
        Assert.Empty(movable.Problems);
        Assert.Equal(1, unchanged.Version);

        Assert.True(Assert.Single(applied.Instances, i => i.InstanceId == atTask.InstanceId).Migrated);
        Assert.False(Assert.Single(applied.Instances, i => i.InstanceId == atEvent.InstanceId).Migrated);
        Assert.Equal(2, migrated.Version);
        Assert.Equal(new WorkflowApi.Bookmark(taskBookmark.Id, "review2", taskBookmark.Name, taskBookmark.DueAt), Assert.Single(migrated.Bookmarks));
        Assert.Equal("Finished", resumed.SubStatus);
        Assert.Equal(["v2 after task"], await designer.LinesAsync(atTask.InstanceId));
        Assert.Equal(1, (await designer.InstanceAsync(atEvent.InstanceId)).Version);
        Assert.Contains(await designer.JournalAsync(atTask.InstanceId), e => e.Event == "Migrated");
        Assert.DoesNotContain(await designer.JournalAsync(atTask.InstanceId), e => e.ActivityId == "start" && e.Sequence > 3);
    }

    [Fact]
    public async Task Should_refuse_a_migration_to_the_same_version_or_a_missing_one()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("migrate-bad");
        await designer.ImportAndPublishAsync(Version2(id));

        await Problem.AssertAsync(await designer.PostAsync("/api/workflow-instances/migrate", new { definitionId = id, fromVersion = 1, toVersion = 1 }),
            HttpStatusCode.BadRequest, "migration.sameVersion", "/toVersion");
        await Problem.AssertAsync(await designer.PostAsync("/api/workflow-instances/migrate", new { definitionId = id, fromVersion = 1, toVersion = 7 }),
            HttpStatusCode.NotFound, "workflow.notFound");
    }

    [Fact]
    public async Task Should_start_new_instances_on_a_version_published_from_a_date_only_when_the_date_has_come()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var id = Flows.NewId("effective");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "v1"));
        await designer.ImportAsync(Flows.WaitForEvent(id, "v2"));
        var effectiveFrom = TestCalendar.Now.AddSeconds(3);

        var publish = await designer.PostAsync($"/api/workflow-definitions/{id}/publish", new { note = "Fra en dato", effectiveFrom });
        var before = await designer.ExecuteAsync(id);
        var scheduled = await designer.ReadAsync<List<VersionInfo>>(await designer.GetAsync($"/api/workflow-definitions/{id}/versions"));
        while (TestCalendar.Now < effectiveFrom.AddMilliseconds(200)) await System.Threading.Tasks.Task.Delay(100);
        var after = await designer.ExecuteAsync(id);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
            await new VersionActivationJob().RunAsync(scope.ServiceProvider, TestCalendar.Now, CancellationToken.None);
        var activated = await designer.ReadAsync<List<VersionInfo>>(await designer.GetAsync($"/api/workflow-definitions/{id}/versions"));

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(["Scheduled", "Published"], scheduled.Select(v => v.State));
        Assert.Equal(1, (await designer.InstanceAsync(before.InstanceId)).Version);
        Assert.Equal(2, (await designer.InstanceAsync(after.InstanceId)).Version);
        Assert.Equal(["Published", "Superseded"], activated.Select(v => v.State));
    }

    [Fact]
    public async Task Should_prune_old_finished_instances_and_leave_running_ones_alone()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var finishedFlow = Flows.NewId("retention-done");
        var runningFlow = Flows.NewId("retention-running");
        await designer.ImportAndPublishAsync(Flows.Elsa3Fixture("ImportAndExecute--writeline.json", finishedFlow));
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(runningFlow, "never"));
        var finished = await designer.ExecuteAsync(finishedFlow);
        var running = await designer.ExecuteAsync(runningFlow);
        var runningJournal = await designer.JournalAsync(running.InstanceId);

        string result;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
            result = await new RetentionJob(new RetentionOptions { FinishedInstanceAge = TimeSpan.Zero, JournalAge = TimeSpan.FromDays(3650) })
                .RunAsync(scope.ServiceProvider, TestCalendar.Now.AddSeconds(1), CancellationToken.None);

        Assert.Matches("Removed [1-9][0-9]* finished instances", result);
        await Problem.AssertAsync(await designer.GetAsync($"/api/workflow-instances/{finished.InstanceId}"), HttpStatusCode.NotFound, "workflow.notFound");
        Assert.Equal("Suspended", (await designer.InstanceAsync(running.InstanceId)).SubStatus);
        Assert.Equal(runningJournal, await designer.JournalAsync(running.InstanceId));
        await using var check = host.Factory.Services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<VisitationDbContext>().Users.AnyAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProductionStrengthTestsOnSqlite(SqliteHostFixture host) : ProductionStrengthTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ProductionStrengthTestsOnPostgres(PostgresHostFixture host) : ProductionStrengthTests(host);
