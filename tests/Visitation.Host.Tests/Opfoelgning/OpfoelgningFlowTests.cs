using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Opfoelgning.OpfoelgningApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Opfoelgning;

/// <summary>
/// The shipped follow-up subflow run from a parent flow the way a case flow runs it (<c>Elsa.ExecuteWorkflow</c>,
/// waiting for completion): follow-up tasks for the tovholder due by the cadence, outcomes with scores recorded,
/// the grant's expiry sending the measure to re-visitation, and the outcome reaching the parent.
/// </summary>
public abstract class OpfoelgningFlowTests(HostFixture host)
{
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Administrator = $"administrator@{Kolding}";

    /// <summary>Monday 10 May 2027, 09:00 in Copenhagen: the help starts today.</summary>
    static readonly DateTimeOffset Now = new(2027, 5, 10, 9, 0, 0, TimeSpan.FromHours(2));

    const string FollowUp = "opfoelgning";
    const string Revisitation = "genvisitation";

    /// <summary>Start → run <c>visitation-opfoelgning</c> for the case and wait → write the outcome it returned.</summary>
    static JsonObject Parent(string definitionId)
    {
        var flow = Flows.Flowchart(definitionId,
            [
                Flows.Activity("start", "Elsa.Start"),
                Flows.Activity("opfoelgning", "Elsa.ExecuteWorkflow",
                    ("workflowDefinitionId", Flows.Literal("String", "visitation-opfoelgning")),
                    ("input", Script("Object",
                        $"({{ caseId: getCorrelationId(), tovholder: '{Caseworker}', bevillingId: null, indsatsType: 'familiebehandling', start: '2027-05-10', kadence: null }})")),
                    ("waitForCompletion", Flows.Literal("Boolean", true)),
                    ("result", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "resultat" } })),
                Flows.Activity("udfald", "Elsa.WriteLine", ("text", Script("String", "'udfald: ' + getVariable('resultat').output.udfald"))),
            ],
            [Flows.Connect("start", "opfoelgning"), Flows.Connect("opfoelgning", "udfald")]);
        flow["variables"] = new JsonArray(new JsonObject { ["id"] = "resultat", ["name"] = "resultat", ["typeName"] = "Object" });
        return flow;
    }

    static JsonObject Script(string typeName, string script) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

    async Task<(CaseScenario Scenario, Guid CaseId, string ParentId)> FollowUpStartedAsync(string childName)
    {
        var scenario = await StartAsync(host, Now);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, childName, NewCpr(), Now.AddDays(-90));
        using var administrator = await scenario.SignInAsync(Administrator);
        var parent = Parent(Flows.NewId("foraelder"));
        await administrator.ImportAndPublishAsync(parent);
        var started = await Bevillinger.BevillingApi.ReplaceCaseFlowAsync(administrator, sag.CaseId, parent["definitionId"]!.GetValue<string>());
        return (scenario, sag.CaseId, started.InstanceId);
    }

    static async Task ExpiresAsync(ApiClient administrator, Guid caseId, Guid bevillingId, string slut) =>
        await EnsureAsync(await administrator.PostAsync("/api/events/bevilling-udloeber/trigger",
            new { correlationId = caseId.ToString(), payload = new { bevillingId, slut } }), HttpStatusCode.OK);

    [Fact]
    public async Task Should_run_two_follow_up_cycles_by_the_legal_cadence_survive_an_extension_and_return_the_end_to_the_parent()
    {
        // Arrange
        var (scenario, caseId, parentId) = await FollowUpStartedAsync("Eva Opfølgning");
        await using var _ = scenario;

        // Act: the first follow-up is held a day early and continues the help.
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var first = await OpenTaskAsync(caseworker, caseId, FollowUp);
        var planned = await caseworker.FollowUpsAsync(caseId);
        scenario.Clock.Set(new DateTimeOffset(2027, 8, 9, 10, 0, 0, TimeSpan.FromHours(2)));
        using var caseworkerInAugust = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworkerInAugust, first, "fortsaet", new { noter = "Familien bruger behandlingen godt", maalopfyldelse = 6, ors = 24.5 });
        var second = await OpenTaskAsync(caseworkerInAugust, caseId, FollowUp);
        // The grant nears its end: re-visitation extends it, and the follow-up goes on.
        using var administrator = await scenario.SignInAsync(Administrator);
        await ExpiresAsync(administrator, caseId, Guid.NewGuid(), "2028-01-31");
        var revisitation = await OpenTaskAsync(caseworkerInAugust, caseId, Revisitation);
        var revisitationDescription = (await caseworkerInAugust.ReadAsync<JsonObject>(await caseworkerInAugust.GetAsync($"/api/tasks/{revisitation.Id}")))["task"]!["description"]!
            .GetValue<string>();
        await CompleteAsync(caseworkerInAugust, revisitation, "forlaeng", new { noter = "Bevillingen forlænges et halvt år" });
        var afterExtension = (await caseworkerInAugust.ListAsync($"?view=case&caseId={caseId}&take=500")).Items.Single(t => t.Id == second.Id);
        await CompleteAsync(caseworkerInAugust, second, "afslut", new { noter = "Målene er nået", maalopfyldelse = 9 });
        var recorded = await caseworkerInAugust.FollowUpsAsync(caseId);
        var parent = await administrator.InstanceAsync(parentId);
        var lines = await administrator.LinesAsync(parentId);
        var open = (await caseworkerInAugust.ListAsync($"?view=case&caseId={caseId}&take=500")).Items
            .Where(t => t.ActivityId is FollowUp or Revisitation && t.Status is not ("Completed" or "Cancelled")).ToList();

        // Assert
        Assert.Equal(new DateTimeOffset(2027, 8, 10, 23, 59, 59, TimeSpan.FromHours(2)), first.DueAt);
        Assert.Equal([new Opgaver.TaskApi.Candidate("user", Caseworker)], first.Candidates);
        Assert.Equal(["fortsaet", "juster", "nedtrap", "skift-leverandoer", "afslut"], first.Actions);
        Assert.Equal((first.DueAt, "Lov", "P3M"), (planned.NaesteFrist, planned.Planlagt.Single().Kilde, planned.Planlagt.Single().Kadence));
        Assert.Equal(new DateTimeOffset(2028, 2, 10, 23, 59, 59, TimeSpan.FromHours(1)), second.DueAt);
        Assert.Equal(["forlaeng", "nedtrap", "skift-leverandoer", "afslut"], revisitation.Actions);
        Assert.Contains("Bevillingen udløber 2028-01-31", revisitationDescription);
        Assert.Equal("Assigned", afterExtension.Status);
        Assert.Equal([(2, "Afslut", "Målene er nået", 9, (decimal?)null), (1, "Fortsaet", "Familien bruger behandlingen godt", 6, 24.5m)],
            recorded.Opfoelgninger.Select(o => (o.Nummer, o.Udfald, o.Noter, o.Maalopfyldelse, o.Ors)));
        Assert.Empty(recorded.Planlagt);
        Assert.Null(recorded.NaesteFrist);
        Assert.Equal("Finished", parent.Status);
        Assert.Equal(["udfald: afslut"], lines);
        Assert.Empty(open);
    }

    [Fact]
    public async Task Should_send_a_measure_near_its_end_to_re_visitation_and_end_the_follow_up_when_the_provider_changes()
    {
        // Arrange
        var (scenario, caseId, parentId) = await FollowUpStartedAsync("Frode Opfølgning");
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var administrator = await scenario.SignInAsync(Administrator);
        var followUp = await OpenTaskAsync(caseworker, caseId, FollowUp);
        var bevillingId = Guid.NewGuid();

        // Act
        await ExpiresAsync(administrator, caseId, bevillingId, "2027-06-30");
        var revisitation = await OpenTaskAsync(caseworker, caseId, Revisitation);
        await CompleteAsync(caseworker, revisitation, "skift-leverandoer", new { noter = "Leverandøren kan ikke fortsætte" });
        var tasks = await TasksOfCaseAsync(caseworker, caseId);
        var recorded = await caseworker.FollowUpsAsync(caseId);
        var lines = await administrator.LinesAsync(parentId);

        // Assert
        Assert.Equal([new Opgaver.TaskApi.Candidate("user", Caseworker)], revisitation.Candidates);
        Assert.Equal("Cancelled", tasks[FollowUp].Status);
        Assert.Equal(followUp.Id, tasks[FollowUp].Id);
        Assert.Equal(("SkiftLeverandoer", "Leverandøren kan ikke fortsætte"), (recorded.Opfoelgninger.Single().Udfald, recorded.Opfoelgninger.Single().Noter));
        Assert.Empty(recorded.Planlagt);
        Assert.Equal(["udfald: skift-leverandoer"], lines);
    }

    [Fact]
    public async Task Should_give_the_re_visitation_a_deadline_before_the_grant_ends_and_escalate_it_when_it_passes()
    {
        // Arrange
        var (scenario, caseId, _) = await FollowUpStartedAsync("Gorm Opfølgning");
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var administrator = await scenario.SignInAsync(Administrator);

        // Act: on 10 May two grants near their end: one in 30 days, one in 5 days (shorter than the 14-day rule).
        await ExpiresAsync(administrator, caseId, Guid.NewGuid(), "2027-06-09");
        var revisitation = await OpenTaskAsync(caseworker, caseId, Revisitation);
        await CompleteAsync(caseworker, revisitation, "forlaeng", new { noter = "Bevillingen forlænges" });
        await ExpiresAsync(administrator, caseId, Guid.NewGuid(), "2027-05-15");
        var soon = await OpenTaskAsync(caseworker, caseId, Revisitation);
        scenario.Clock.Set(new DateTimeOffset(2027, 5, 16, 9, 0, 0, TimeSpan.FromHours(2)));
        await scenario.RunEscalationAsync();
        using var caseworkerLater = await scenario.SignInAsync(Caseworker);
        var overdue = (await caseworkerLater.ListAsync($"?view=case&caseId={caseId}&take=500")).Items.Single(t => t.Id == soon.Id);

        // Assert: 14 days from the notice; and the end of the grant's last day when that comes first.
        Assert.Equal(new DateTimeOffset(2027, 5, 24, 9, 0, 0, TimeSpan.FromHours(2)), revisitation.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 5, 15, 23, 59, 59, TimeSpan.FromHours(2)), soon.DueAt);
        Assert.True(overdue.Overdue);
        Assert.Equal(new DateTimeOffset(2027, 5, 16, 9, 0, 0, TimeSpan.FromHours(2)), overdue.Escalation?.At);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpfoelgningFlowTestsOnSqlite(SqliteHostFixture host) : OpfoelgningFlowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OpfoelgningFlowTestsOnPostgres(PostgresHostFixture host) : OpfoelgningFlowTests(host);
