using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Opfoelgning.OpfoelgningApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;

namespace Visitation.Host.Tests.Opfoelgning;

/// <summary>
/// The start meeting fixes the first follow-up's date: it becomes the first follow-up task's due date on the work list,
/// the cadence goes on from it, and a date the law (or the municipality's stricter deadline) does not allow is refused
/// with the field that is wrong. A parent flow runs the start meeting and then the shipped follow-up subflow, as the
/// case flows do.
/// </summary>
public abstract class OpstartsmoedeTests(HostFixture host)
{
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Administrator = $"administrator@{Kolding}";

    /// <summary>Monday 10 May 2027, 09:00 in Copenhagen: the start meeting is held today.</summary>
    static readonly DateTimeOffset Now = new(2027, 5, 10, 9, 0, 0, TimeSpan.FromHours(2));

    const string StartMeeting = "opstartsmoede";
    const string FollowUp = "opfoelgning";

    static JsonObject Script(string typeName, string script) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

    static JsonObject Object(string typeName, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = value } };

    /// <summary>Start → the start meeting (goals, start of the help, first follow-up) → <c>visitation-opfoelgning</c> with its dates.</summary>
    static JsonObject Parent(string definitionId)
    {
        var flow = Flows.Flowchart(definitionId,
            [
                Flows.Activity("start", "Elsa.Start"),
                Flows.Activity(StartMeeting, "Visitation.HumanTask",
                    ("title", Flows.Literal("String", "Opstartsmøde")),
                    ("candidates", Script("Object", $"[{{ kind: 'user', id: '{Caseworker}' }}]")),
                    ("actions", Object("String[]", "[\"gennemfoert\"]")),
                    ("formSchema", Object("Object",
                        "{\"type\": \"object\", \"properties\": {\"maal\": {\"type\": \"string\", \"minLength\": 1}, \"start\": {\"type\": \"string\", \"format\": \"date\"}, "
                        + "\"foersteOpfoelgning\": {\"type\": \"string\", \"format\": \"date\"}}, \"required\": [\"maal\", \"start\"]}")),
                    ("result", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "opstart" } })),
                Flows.Activity("opfoelgning", "Elsa.ExecuteWorkflow",
                    ("workflowDefinitionId", Flows.Literal("String", "visitation-opfoelgning")),
                    ("input", Script("Object",
                        $"({{ caseId: getCorrelationId(), tovholder: '{Caseworker}', bevillingId: null, indsatsType: 'familiebehandling', "
                        + "start: getVariable('opstart').start, foersteOpfoelgning: getVariable('opstart').foersteOpfoelgning || null, kadence: null })")),
                    ("waitForCompletion", Flows.Literal("Boolean", true)),
                    ("result", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "resultat" } })),
            ],
            [Flows.Connect("start", StartMeeting), Flows.Connect(StartMeeting, "opfoelgning", "gennemfoert")]);
        flow["variables"] = new JsonArray(
            new JsonObject { ["id"] = "opstart", ["name"] = "opstart", ["typeName"] = "Object" },
            new JsonObject { ["id"] = "resultat", ["name"] = "resultat", ["typeName"] = "Object" });
        return flow;
    }

    async Task<(CaseScenario Scenario, Guid CaseId)> StartMeetingOpenAsync(string childName, Func<ApiClient, Task>? before = null)
    {
        var scenario = await StartAsync(host, Now);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, childName, Sager.CaseApi.NewCpr(), Now.AddDays(-90));
        using var administrator = await scenario.SignInAsync(Administrator);
        if (before is not null) await before(administrator);
        var parent = Parent(Flows.NewId("opstart"));
        await administrator.ImportAndPublishAsync(parent);
        await Bevillinger.BevillingApi.ReplaceCaseFlowAsync(administrator, sag.CaseId, parent["definitionId"]!.GetValue<string>());
        return (scenario, sag.CaseId);
    }

    /// <summary>Holds the start meeting; without a first follow-up date the form leaves the field out.</summary>
    static Task<HttpResponseMessage> HoldAsync(ApiClient caseworker, TaskApi.WorkItem meeting, string start, string? foersteOpfoelgning)
    {
        var data = new JsonObject { ["maal"] = "Faste rutiner morgen og aften", ["start"] = start };
        if (foersteOpfoelgning is not null) data["foersteOpfoelgning"] = foersteOpfoelgning;
        return caseworker.CompleteAsync(meeting.Id, new { action = "gennemfoert", data });
    }

    /// <summary>The municipality shortens the first follow-up to two months from 1 January 2027.</summary>
    static async Task TwoMonthsAsync(ApiClient administrator) =>
        await EnsureAsync(await administrator.SendAsync(HttpMethod.Put, "/api/deadline-rules/opfoelgning-foerste-3m/override",
            new { duration = "P2M", effectiveFrom = "2027-01-01", reason = "Kommunens kvalitetsstandard" }), HttpStatusCode.OK);

    [Fact]
    public async Task Should_make_the_start_meetings_date_the_first_follow_ups_due_date_and_go_on_by_the_cadence_from_it()
    {
        // Arrange
        var (scenario, caseId) = await StartMeetingOpenAsync("Gry Opstart");
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var meeting = await OpenTaskAsync(caseworker, caseId, StartMeeting);

        // Act: the help starts 17 May; the first follow-up is fixed to 20 July, before the legal 17 August.
        await EnsureAsync(await HoldAsync(caseworker, meeting, "2027-05-17", "2027-07-20"), HttpStatusCode.OK);
        var first = await OpenTaskAsync(caseworker, caseId, FollowUp);
        var planned = await caseworker.FollowUpsAsync(caseId);
        scenario.Clock.Set(new DateTimeOffset(2027, 7, 20, 10, 0, 0, TimeSpan.FromHours(2)));
        using var caseworkerInJuly = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworkerInJuly, first, "fortsaet", new { noter = "Godt i gang" });
        var second = await OpenTaskAsync(caseworkerInJuly, caseId, FollowUp);
        var plannedAfter = await caseworkerInJuly.FollowUpsAsync(caseId);

        // Assert
        Assert.Equal(new DateTimeOffset(2027, 7, 20, 23, 59, 59, TimeSpan.FromHours(2)), first.DueAt);
        Assert.Equal(("Opstartsmoede", new DateOnly(2027, 5, 17)), (planned.Planlagt.Single().Kilde, planned.Planlagt.Single().Start));
        Assert.Contains("fastsat på opstartsmødet til 2027-07-20", planned.Planlagt.Single().Forklaring);
        // The legal cadence goes on from the first follow-up: at most 6 months later.
        Assert.Equal(new DateTimeOffset(2028, 1, 20, 23, 59, 59, TimeSpan.FromHours(1)), second.DueAt);
        Assert.Equal(("Lov", "P6M"), (plannedAfter.Planlagt.Single().Kilde, plannedAfter.Planlagt.Single().Kadence));
    }

    [Fact]
    public async Task Should_refuse_a_first_follow_up_date_the_law_does_not_allow_and_leave_the_start_meeting_open()
    {
        // Arrange
        var (scenario, caseId) = await StartMeetingOpenAsync("Hans Opstart");
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var meeting = await OpenTaskAsync(caseworker, caseId, StartMeeting);

        // Act
        var tooLate = await HoldAsync(caseworker, meeting, "2027-05-17", "2027-08-18");
        var beforeStart = await HoldAsync(caseworker, meeting, "2027-05-17", "2027-05-17");
        var past = await HoldAsync(caseworker, meeting, "2027-04-01", "2027-05-07");
        var tasks = await TasksOfCaseAsync(caseworker, caseId);

        // Assert
        var late = await Problem.AssertAsync(tooLate, HttpStatusCode.BadRequest, "opfoelgning.foersteEfterLovensFrist", "/data/foersteOpfoelgning");
        Assert.Contains("2027-08-17", late.Single().Message);
        await Problem.AssertAsync(beforeStart, HttpStatusCode.BadRequest, "opfoelgning.foersteFoerStart", "/data/foersteOpfoelgning");
        await Problem.AssertAsync(past, HttpStatusCode.BadRequest, "opfoelgning.foersteFoerMoedet", "/data/foersteOpfoelgning");
        Assert.Equal("Assigned", tasks[StartMeeting].Status);
        Assert.False(tasks.ContainsKey(FollowUp));
        Assert.Empty((await caseworker.FollowUpsAsync(caseId)).Planlagt);
    }

    [Fact]
    public async Task Should_hold_the_start_meeting_and_the_legal_cadence_to_the_municipalitys_shorter_first_follow_up()
    {
        // Arrange: Kolding's first follow-up comes 2 months after the help starts, not 3.
        var (scenario, caseId) = await StartMeetingOpenAsync("Ida Opstart", TwoMonthsAsync);
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var meeting = await OpenTaskAsync(caseworker, caseId, StartMeeting);

        // Act: a date the law would allow but the municipality does not; then no date, so the cadence decides.
        var tooLate = await HoldAsync(caseworker, meeting, "2027-05-17", "2027-07-20");
        await EnsureAsync(await HoldAsync(caseworker, meeting, "2027-05-17", null), HttpStatusCode.OK);
        var first = await OpenTaskAsync(caseworker, caseId, FollowUp);
        var planned = (await caseworker.FollowUpsAsync(caseId)).Planlagt.Single();
        var applied = await caseworker.AppliedAsync(caseId, "?start=2027-05-17");

        // Assert
        var late = await Problem.AssertAsync(tooLate, HttpStatusCode.BadRequest, "opfoelgning.foersteEfterKommunensFrist", "/data/foersteOpfoelgning");
        Assert.Contains("2027-07-17", late.Single().Message);
        Assert.Equal(new DateTimeOffset(2027, 7, 17, 23, 59, 59, TimeSpan.FromHours(2)), first.DueAt);
        Assert.Equal(("Lov", "P2M"), (planned.Kilde, planned.Kadence));
        Assert.Equal((new DateOnly(2027, 7, 17), "Lov"), (applied.NaesteDato, applied.Kilde));
        Assert.Equal([new Trin("P2M", 1, null), new Trin("P6M", null, null)], applied.Trin);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpstartsmoedeTestsOnSqlite(SqliteHostFixture host) : OpstartsmoedeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OpstartsmoedeTestsOnPostgres(PostgresHostFixture host) : OpstartsmoedeTests(host);
