using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Workflows;

public abstract class DefinitionLifecycleTests(HostFixture host)
{
    public sealed record VersionInfo(string DefinitionId, int Version, string State, string? PublishNote);

    public sealed record Document(string DefinitionId, int Version, string State, JsonObject Definition);

    public sealed record Report(bool Valid, List<Problem.Error> Errors, List<Problem.Error> Warnings);

    [Fact]
    public async Task Should_run_an_imported_elsa3_file_end_to_end_through_the_api()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("writeline");

        var saved = await designer.ImportAndPublishAsync(Flows.Elsa3Fixture("ImportAndExecute--writeline.json", id));
        var started = await designer.ExecuteAsync(saved.DefinitionId, new { correlationId = "sag-1" });
        var instance = await designer.InstanceAsync(started.InstanceId);

        Assert.Equal(new WorkflowApi.Saved(id, 1, "Elsa3"), saved);
        Assert.Equal(("Finished", "Finished"), (started.Status, started.SubStatus));
        Assert.Equal("sag-1", instance.CorrelationId);
        Assert.Equal(["Dummy Text"], await designer.LinesAsync(started.InstanceId));
    }

    [Fact]
    public async Task Should_keep_running_instances_on_their_version_when_a_new_one_is_published()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("versions");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "v1-event"));
        var first = await designer.ExecuteAsync(id);

        var draft = await designer.ImportAsync(Flows.WaitForEvent(id, "v2-event"));
        var beforePublish = await designer.ExecuteAsync(id);
        await designer.PublishAsync(id, "Anden udgave");
        var second = await designer.ExecuteAsync(id);
        var versions = await designer.ReadAsync<List<VersionInfo>>(await designer.GetAsync($"/api/workflow-definitions/{id}/versions"));

        Assert.Equal(2, draft.Version);
        Assert.Equal(1, (await designer.InstanceAsync(first.InstanceId)).Version);
        Assert.Equal(1, (await designer.InstanceAsync(beforePublish.InstanceId)).Version);
        Assert.Equal(2, (await designer.InstanceAsync(second.InstanceId)).Version);
        Assert.Equal([new VersionInfo(id, 2, "Published", "Anden udgave"), new VersionInfo(id, 1, "Superseded", "Test")], versions);
    }

    [Fact]
    public async Task Should_edit_the_draft_in_place_until_it_is_published()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("draft");

        var first = await designer.ImportAsync(Flows.WaitForEvent(id, "a"));
        var second = await designer.ImportAsync(Flows.WaitForEvent(id, "b"));
        var latest = await designer.ReadAsync<Document>(await designer.GetAsync($"/api/workflow-definitions/{id}"));

        Assert.Equal((1, 1), (first.Version, second.Version));
        Assert.Equal("Draft", latest.State);
        Assert.Equal("b", latest.Definition["root"]!["activities"]![1]!["eventName"]!["expression"]!["value"]!.GetValue<string>());
        await Problem.AssertAsync(await designer.PostAsync($"/api/workflow-definitions/{id}/execute", new { }), HttpStatusCode.Conflict, "workflow.notPublished");
    }

    [Fact]
    public async Task Should_export_a_definition_that_imports_to_the_same_definition()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("export");
        await designer.ImportAsync(Flows.Elsa3Fixture("JoinBehaviors--fork-decision-join-converge.json", id));

        var exported = await designer.Http.GetStringAsync($"/api/workflow-definitions/{id}/export");
        await designer.ImportAsync(JsonNode.Parse(exported)!.AsObject());
        var again = await designer.Http.GetStringAsync($"/api/workflow-definitions/{id}/export");

        Assert.Equal(exported, again);
        Assert.Contains("\"metadata\"", exported);
    }

    [Fact]
    public async Task Should_report_errors_with_locations_and_refuse_to_publish_them()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("badcron");
        var definition = Flows.Elsa3Fixture("ImportAndPublish--bad-cron-expression.json", id);

        var report = await designer.ReadAsync<Report>(await designer.PostAsync("/api/workflow-definitions/validate", definition));
        await designer.ImportAsync(definition);
        var refused = await designer.PostAsync($"/api/workflow-definitions/{id}/publish", new { note = "Forsøg" });

        Assert.False(report.Valid);
        var error = Assert.Single(report.Errors);
        Assert.StartsWith("/root/activities/", error.Path);
        var errors = await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, error.Code, error.Path);
        Assert.Single(errors);
        var versions = await designer.ReadAsync<List<VersionInfo>>(await designer.GetAsync($"/api/workflow-definitions/{id}/versions"));
        Assert.Equal("Draft", Assert.Single(versions).State);
    }

    [Fact]
    public async Task Should_name_the_unknown_type_when_an_elsa2_file_uses_http_activities()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var elsa2 = JsonNode.Parse(File.ReadAllText(Flows.FixturePath("elsa2", "ExtendHttpEndpoint--workflow-definition-custom-http-endpoint.json")))!.AsObject();

        var report = await designer.ReadAsync<Report>(await designer.PostAsync("/api/workflow-definitions/validate", elsa2));

        Assert.False(report.Valid);
        Assert.Contains(report.Errors, e => e.Code == "activity.unknownType" && e.Message.Contains("WriteHttpResponse"));
    }

    [Fact]
    public async Task Should_answer_400_with_the_code_when_the_body_is_not_a_definition()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");

        var response = await designer.PostAsync("/api/workflow-definitions/import", new { hello = "world" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Problem.AssertAsync(await designer.PostRawAsync("/api/workflow-definitions/import", "[1,2"), HttpStatusCode.BadRequest, "body.invalidJson");
    }

    [Fact]
    public async Task Should_list_the_builtin_activities_with_danish_names()
    {
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");

        var descriptors = await caseworker.ReadAsync<List<JsonObject>>(await caseworker.GetAsync("/api/descriptors/activities"));

        var writeLine = Assert.Single(descriptors, d => d["type"]!.GetValue<string>() == "Elsa.WriteLine");
        Assert.Equal("Skriv linje", writeLine["displayName"]!["da"]!.GetValue<string>());
        Assert.Contains(descriptors, d => d["type"]!.GetValue<string>() == "Visitation.HumanTask" && d["isBlocking"]!.GetValue<bool>());
        Assert.Contains(descriptors, d => d["type"]!.GetValue<string>() == "Elsa.Cron" && d["canStartWorkflow"]!.GetValue<bool>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DefinitionLifecycleTestsOnSqlite(SqliteHostFixture host) : DefinitionLifecycleTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DefinitionLifecycleTestsOnPostgres(PostgresHostFixture host) : DefinitionLifecycleTests(host);
