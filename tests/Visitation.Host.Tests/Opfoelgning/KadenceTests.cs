using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Opfoelgning.OpfoelgningApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Opfoelgning;

/// <summary>
/// Follow-up cadences as data: the legal default and a local sequence with exact due dates in Copenhagen across
/// daylight-saving changes, the order in which a case's, the forum's and the municipality's rules win, and the
/// checks that keep a cadence within the law.
/// </summary>
public abstract class KadenceTests(HostFixture host)
{
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Leader = $"leder@{Kolding}";
    static readonly string Administrator = $"administrator@{Kolding}";
    static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

    async Task<(CaseScenario Scenario, Guid CaseId)> CaseAsync(string childName)
    {
        var scenario = await StartAsync(host, Now);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, childName, NewCpr(), Now.AddHours(-1));
        return (scenario, sag.CaseId);
    }

    static DateTimeOffset EndOfDay(int year, int month, int day, int offsetHours) => new(year, month, day, 23, 59, 59, TimeSpan.FromHours(offsetHours));

    [Fact]
    public async Task Should_follow_up_by_law_three_months_after_the_start_then_every_six_months_at_the_end_of_the_local_day()
    {
        // Arrange
        var (scenario, caseId) = await CaseAsync("Anna Kadence");
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);

        // Act: the help started on 10 May 2027; the due dates alternate between summer and winter time.
        var applied = new List<AnvendtKadence>();
        for (var done = 0; done < 4; done++) applied.Add(await caseworker.AppliedAsync(caseId, $"?start=2027-05-10&gennemfoert={done}"));

        // Assert
        Assert.All(applied, a => Assert.Equal("Lov", a.Kilde));
        Assert.Contains("Barnets Lov § 95", applied[0].Forklaring);
        Assert.Equal(["P3M", "P6M", "P6M", "P6M"], applied.Select(a => a.Interval));
        Assert.Equal([EndOfDay(2027, 8, 10, 2), EndOfDay(2028, 2, 10, 1), EndOfDay(2028, 8, 10, 2), EndOfDay(2029, 2, 10, 1)],
            applied.Select(a => a.NaesteFrist));
        Assert.Equal(new DateTime(2028, 2, 10, 23, 59, 59), Local(applied[1].NaesteFrist));
    }

    [Fact]
    public async Task Should_follow_up_by_a_local_rule_after_three_weeks_then_every_six_weeks_within_the_first_year_then_every_three_months()
    {
        // Arrange
        var (scenario, caseId) = await CaseAsync("Bo Kadence");
        await using var _ = scenario;
        using var leader = await scenario.SignInAsync(Leader);
        var rule = await leader.SaveRuleAsync("IndsatsType", "familiebehandling", new
        {
            trin = new object[] { new { interval = "P3W", antal = 1 }, new { interval = "P6W", indtil = "P1Y" }, new { interval = "P3M" } },
            begrundelse = "Tæt opfølgning det første år",
        });
        using var caseworker = await scenario.SignInAsync(Caseworker);

        // Act: the help started on Monday 1 March 2027.
        var applied = new List<AnvendtKadence>();
        for (var done = 0; done < 11; done++) applied.Add(await caseworker.AppliedAsync(caseId, $"?indsatsType=familiebehandling&start=2027-03-01&gennemfoert={done}"));

        // Assert: 6-weekly from 22 March until 21 February 2028 (the next would fall after 1 March 2028), then 3-monthly from there.
        Assert.Equal("P3W x1, P6W til P1Y, P3M derefter", rule.Beskrivelse);
        Assert.All(applied, a => Assert.Equal(("IndsatsType", "familiebehandling"), (a.Kilde, a.Noegle)));
        Assert.Contains("Tæt opfølgning det første år", applied[0].Forklaring);
        Assert.Equal(
            [
                EndOfDay(2027, 3, 22, 1), EndOfDay(2027, 5, 3, 2), EndOfDay(2027, 6, 14, 2), EndOfDay(2027, 7, 26, 2), EndOfDay(2027, 9, 6, 2),
                EndOfDay(2027, 10, 18, 2), EndOfDay(2027, 11, 29, 1), EndOfDay(2028, 1, 10, 1), EndOfDay(2028, 2, 21, 1), EndOfDay(2028, 5, 21, 2),
                EndOfDay(2028, 8, 21, 2),
            ],
            applied.Select(a => a.NaesteFrist));
        Assert.Equal(["P3W", "P6W", "P6W", "P6W", "P6W", "P6W", "P6W", "P6W", "P6W", "P3M", "P3M"], applied.Select(a => a.Interval));
    }

    [Fact]
    public async Task Should_let_the_case_win_over_the_forum_the_forum_over_the_measure_type_then_track_then_team_then_the_law()
    {
        // Arrange: the caseworker (tovholder) is in team boern-vest; the case runs the standard flow.
        var (scenario, caseId) = await CaseAsync("Carl Kadence");
        await using var _ = scenario;
        using var administrator = await scenario.SignInAsync(Administrator);
        await TeamAsync(administrator, "boern-vest", Caseworker);
        using var leader = await scenario.SignInAsync(Leader);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        const string query = "?indsatsType=familiebehandling&start=2027-03-01";
        var seen = new List<(string Kilde, string Interval)>();
        async Task SeeAsync(string q = query)
        {
            var applied = await caseworker.AppliedAsync(caseId, q);
            seen.Add((applied.Kilde, applied.Interval));
        }

        // Act: add rules from the least to the most specific, then take them away again from the top.
        await SeeAsync();
        await leader.SaveRuleAsync("Team", "boern-vest", Steps(new { interval = "P2M" }));
        await SeeAsync();
        await leader.SaveRuleAsync("Spor", "visitation-standard", Steps(new { interval = "P10W" }));
        await SeeAsync();
        await administrator.SaveRuleAsync("IndsatsType", "familiebehandling", Steps(new { interval = "P1M" }));
        await SeeAsync();
        await SeeAsync(query + "&kadence=P3W");
        await EnsureAsync(await caseworker.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/follow-up-cadence",
            new { trin = new[] { new { interval = "P2W" } }, begrundelse = "Uro i hjemmet" }), HttpStatusCode.OK);
        await SeeAsync(query + "&kadence=P3W");
        var withOverride = await caseworker.FollowUpsAsync(caseId);
        await EnsureAsync(await caseworker.SendAsync(HttpMethod.Delete, $"/api/cases/{caseId}/follow-up-cadence", null), HttpStatusCode.NoContent);
        await SeeAsync(query + "&kadence=P3W");
        await EnsureAsync(await leader.SendAsync(HttpMethod.Delete, "/api/follow-up-cadences/IndsatsType/familiebehandling", null), HttpStatusCode.NoContent);
        await SeeAsync();
        var rules = await caseworker.RulesAsync();

        // Assert
        Assert.Equal(
            [("Lov", "P3M"), ("Team", "P2M"), ("Spor", "P10W"), ("IndsatsType", "P1M"), ("Forum", "P3W"), ("Sag", "P2W"), ("Forum", "P3W"), ("Spor", "P10W")],
            seen);
        Assert.Equal(["Sag", "Forum", "IndsatsType", "Spor", "Team", "Lov"], rules.Praecedens);
        Assert.Equal([("Spor", "visitation-standard"), ("Team", "boern-vest")], rules.Regler.Select(r => (r.Omfang, r.Noegle)));
        Assert.Equal(("P2W", "Uro i hjemmet"), (withOverride.SagensKadence!.Trin.Single().Interval, withOverride.SagensKadence.Begrundelse));
    }

    [Fact]
    public async Task Should_refuse_a_cadence_looser_than_the_law_or_badly_formed_and_keep_rules_to_leaders_and_the_case_to_its_municipality()
    {
        // Arrange
        var (scenario, caseId) = await CaseAsync("Dina Kadence");
        await using var _ = scenario;
        using var leader = await scenario.SignInAsync(Leader);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var otherMunicipality = await scenario.SignInAsync($"raadgiver@{Hvidovre}");

        // Act
        var firstTooLate = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/IndsatsType/aflastning",
            Steps(new { interval = "P4M", antal = 1 }, new { interval = "P6M" }));
        var tailTooLong = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/IndsatsType/aflastning",
            Steps(new { interval = "P1M", antal = 1 }, new { interval = "P7M" }));
        var lastLimited = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/IndsatsType/aflastning",
            Steps(new { interval = "P1M", antal = 2 }));
        var notAPeriod = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/IndsatsType/aflastning", Steps(new { interval = "PT12H" }));
        var unknownTeam = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/Team/findes-ikke", Steps(new { interval = "P1M" }));
        var unknownScope = await leader.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/Sag/x", Steps(new { interval = "P1M" }));
        var byCaseworker = await caseworker.SendAsync(HttpMethod.Put, "/api/follow-up-cadences/IndsatsType/aflastning", Steps(new { interval = "P1M" }));
        var otherCase = await otherMunicipality.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/follow-up-cadence", Steps(new { interval = "P1M" }));
        var otherCaseFollowUps = await otherMunicipality.GetAsync($"/api/cases/{caseId}/opfoelgninger");
        var rules = await leader.RulesAsync();
        var applied = await caseworker.AppliedAsync(caseId, "?indsatsType=aflastning");

        // Assert
        await Problem.AssertAsync(firstTooLate, HttpStatusCode.BadRequest, "opfoelgning.looserThanLaw", "/trin/0/interval");
        await Problem.AssertAsync(tailTooLong, HttpStatusCode.BadRequest, "opfoelgning.looserThanLaw", "/trin/1/interval");
        await Problem.AssertAsync(lastLimited, HttpStatusCode.BadRequest, "opfoelgning.lastRepeats", "/trin/0");
        await Problem.AssertAsync(notAPeriod, HttpStatusCode.BadRequest, "opfoelgning.invalidPeriod", "/trin/0/interval");
        await Problem.AssertAsync(unknownTeam, HttpStatusCode.UnprocessableEntity, "organisation.unknownTeam", "/noegle");
        await Problem.AssertAsync(unknownScope, HttpStatusCode.BadRequest, "field.unknownValue", "/omfang");
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCaseFollowUps.StatusCode);
        Assert.Empty(rules.Regler);
        Assert.Equal("Lov", applied.Kilde);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KadenceTestsOnSqlite(SqliteHostFixture host) : KadenceTests(host);

[Collection(PostgresCollection.Name)]
public sealed class KadenceTestsOnPostgres(PostgresHostFixture host) : KadenceTests(host);
