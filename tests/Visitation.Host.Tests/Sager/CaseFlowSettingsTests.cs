using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>
/// A municipality chooses the flow an underretning starts for a new case (<c>/api/case-flow/settings</c>); open cases keep
/// theirs and other municipalities are untouched.
/// </summary>
public abstract class CaseFlowSettingsTests(HostFixture host)
{
    public sealed record FlowSettings(string DefinitionId, bool IsDefault, DateTimeOffset? ChangedAt, string? ChangedBy);

    const string Standard = "visitation-standard";
    const string Bum = "visitation-bevilling-foer-matchning";
    const string Path = "/api/case-flow/settings";

    [Fact]
    public async Task Should_start_new_cases_on_the_chosen_flow_while_open_cases_and_other_municipalities_keep_theirs()
    {
        // Arrange: a host of its own, since the choice holds for every new case of the municipality.
        var now = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1));
        await using var scenario = await CaseScenario.StartAsync(host, now);
        using var designer = await scenario.SignInAsync("procesdesigner@9901");
        using var caseworker = await scenario.SignInAsync("raadgiver@9901");
        using var otherDesigner = await scenario.SignInAsync("procesdesigner@9902");
        using var otherCaseworker = await scenario.SignInAsync("raadgiver@9902");
        var openCpr = NewCpr();
        var unset = await caseworker.ReadAsync<FlowSettings>(await caseworker.GetAsync(Path));
        var open = (await RegisterAsync(caseworker, [Child("Ella Munk", openCpr)], receivedAt: now.AddHours(-2))).Cases.Single();

        // Act
        var chosen = await designer.ReadAsync<FlowSettings>(await designer.SendAsync(HttpMethod.Put, Path, new { definitionId = Bum }));
        var seenByCaseworker = await caseworker.ReadAsync<FlowSettings>(await caseworker.GetAsync(Path));
        var fresh = (await RegisterAsync(caseworker, [Child("Emma Munk", NewCpr())], receivedAt: now.AddHours(-1))).Cases.Single();
        var again = (await RegisterAsync(caseworker, [Child("Ella Munk", openCpr)], receivedAt: now.AddHours(-1))).Cases.Single();
        var otherSettings = await otherCaseworker.ReadAsync<FlowSettings>(await otherCaseworker.GetAsync(Path));
        var otherCase = (await RegisterAsync(otherCaseworker, [Child("Alfred Munk", NewCpr())], receivedAt: now.AddHours(-1))).Cases.Single();
        var freshFlow = await designer.InstanceAsync(fresh.WorkflowInstanceId!);
        var openFlow = await designer.InstanceAsync(open.WorkflowInstanceId!);
        var otherFlow = await otherDesigner.InstanceAsync(otherCase.WorkflowInstanceId!);

        // Assert
        Assert.Equal(new FlowSettings(Standard, true, null, null), unset);
        Assert.Equal(new FlowSettings(Bum, false, now, "procesdesigner@9901"), chosen);
        Assert.Equal(chosen, seenByCaseworker);
        Assert.Equal((Bum, fresh.CaseId.ToString()), (freshFlow.DefinitionId, freshFlow.CorrelationId));
        Assert.Equal(["foraeldre", "kvittering", "vurdering"], OpenTasks(freshFlow));
        Assert.False(again.NewCase);
        Assert.Equal((open.CaseId, open.WorkflowInstanceId), (again.CaseId, again.WorkflowInstanceId));
        Assert.Equal(Standard, openFlow.DefinitionId);
        Assert.Contains("genvurdering", OpenTasks(openFlow));
        Assert.Equal(new FlowSettings(Standard, true, null, null), otherSettings);
        Assert.Equal(Standard, otherFlow.DefinitionId);
    }

    [Fact]
    public async Task Should_refuse_a_flow_not_published_in_the_municipality_and_anyone_who_does_not_keep_its_flows()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var otherDesigner = await host.Client().SignedInAsync("procesdesigner@9902");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        using var leader = await host.Client().SignedInAsync("leder@9901");
        var draft = Flows.NewId("kladde");
        await designer.ImportAsync(Flows.WaitForEvent(draft, $"{draft}-event"));
        var elsewhere = Flows.NewId("syd-flow");
        await otherDesigner.ImportAndPublishAsync(Flows.WaitForEvent(elsewhere, $"{elsewhere}-event"));

        var unknown = await designer.SendAsync(HttpMethod.Put, Path, new { definitionId = Flows.NewId("findes-ikke") });
        var unpublished = await designer.SendAsync(HttpMethod.Put, Path, new { definitionId = draft });
        var otherMunicipalitys = await designer.SendAsync(HttpMethod.Put, Path, new { definitionId = elsewhere });
        var missing = await designer.SendAsync(HttpMethod.Put, Path, new { });
        var byCaseworker = await caseworker.SendAsync(HttpMethod.Put, Path, new { definitionId = Bum });
        var byLeader = await leader.SendAsync(HttpMethod.Put, Path, new { definitionId = Bum });
        var anonymous = await host.Client().GetAsync(Path);
        var after = await caseworker.ReadAsync<FlowSettings>(await caseworker.GetAsync(Path));

        await Problem.AssertAsync(unknown, HttpStatusCode.UnprocessableEntity, "sag.flowNotPublished", "/definitionId");
        await Problem.AssertAsync(unpublished, HttpStatusCode.UnprocessableEntity, "sag.flowNotPublished", "/definitionId");
        await Problem.AssertAsync(otherMunicipalitys, HttpStatusCode.UnprocessableEntity, "sag.flowNotPublished", "/definitionId");
        await Problem.AssertAsync(missing, HttpStatusCode.BadRequest, "field.required", "/definitionId");
        await Problem.AssertAsync(byCaseworker, HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(byLeader, HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(new FlowSettings(Standard, true, null, null), after);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseFlowSettingsTestsOnSqlite(SqliteHostFixture host) : CaseFlowSettingsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseFlowSettingsTestsOnPostgres(PostgresHostFixture host) : CaseFlowSettingsTests(host);
