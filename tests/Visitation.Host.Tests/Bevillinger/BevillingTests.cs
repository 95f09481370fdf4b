using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;

namespace Visitation.Host.Tests.Bevillinger;

/// <summary>
/// Grants in Horsens (0615): the flow grants the measure of an indstilling, the grant's commitment line is projected by the
/// cost rule to the øre, and ending the grant mid-month closes the line on that day.
/// </summary>
public abstract class BevillingTests(HostFixture host)
{
    const string Kommune = "0615";

    Task<ApiClient> SignedInAsync(string role) => host.Client().SignedInAsync($"{role}@{Kommune}");

    [Fact]
    public async Task Should_project_the_commitment_line_to_the_oere_and_stop_it_when_the_grant_ends_mid_month()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        using var oekonomi = await SignedInAsync("oekonomi");
        var providerId = await ProviderAsync(admin, "Familiehuset Vest");
        // 15 December 2026, open-ended: December counts 17 of 31 days.
        var (caseId, indstillingId, _) = await CaseWithIndstillingAsync(raadgiver, "Alma Holm", Familiebehandling(new DateOnly(2026, 12, 15), null));
        var instanceId = await StartOnCaseAsync(admin, GrantThenEnd(Flows.NewId("bevilg")), caseId,
            new { indstillingId = indstillingId.ToString(), valg = new { providerId = providerId.ToString() }, slut = "2027-02-14" });

        var grant = Assert.Single(await GrantsAsync(raadgiver, caseId));
        var open = await GrantAsync(raadgiver, caseId, grant.Id, "?horizon=2027-03-31");
        var before = await oekonomi.ReadAsync<Commitments>(await oekonomi.GetAsync("/api/economy/commitments?from=2027-01-01&to=2027-03-31"));
        (await admin.PostAsync("/api/events/test-afslut/trigger", new { correlationId = caseId.ToString() })).EnsureSuccessStatusCode();
        var ended = await GrantAsync(raadgiver, caseId, grant.Id);
        var after = await oekonomi.ReadAsync<Commitments>(await oekonomi.GetAsync("/api/economy/commitments?from=2027-01-01&to=2027-03-31"));

        Assert.Equal(("familiebehandling", "BL-32", "Aktiv", providerId), (grant.MeasureType, grant.LegalBasis, grant.Status, grant.ProviderId!.Value));
        Assert.Equal((4m, "timer-pr-maaned", 850.50m, new DateOnly(2026, 12, 15), (DateOnly?)null), (grant.Quantity, grant.Unit, grant.UnitPrice, grant.Start, grant.End));
        Assert.Equal(new Municipality("0615", "Horsens"), grant.ActingMunicipality);
        Assert.Equal(new Municipality("0615", "Horsens"), grant.PayingMunicipality);
        Assert.Null(grant.FramePerYear);
        // 3,402.00 kr. a month; December 2026 is 17/31 of it: 1,865.6129... → 1,865.61.
        Assert.True(open.Commitment.OpenEnded);
        Assert.Equal([1865.61m, 3402.00m, 3402.00m, 3402.00m], open.Commitment.Months.Select(m => m.Amount));
        Assert.Equal((17, 31), (open.Commitment.Months[0].Days, open.Commitment.Months[0].DaysInMonth));
        Assert.Equal(12071.61m, open.Commitment.Total);
        var lineBefore = Assert.Single(before.Lines, l => l.BevillingId == grant.Id);
        Assert.Equal([3402.00m, 3402.00m, 3402.00m], lineBefore.Months.Select(m => m.Amount));
        Assert.Equal(before.Total, before.Lines.Sum(l => l.Total));
        // Ended on 14 February 2027: February counts 14 of 28 days, and the line stops there.
        Assert.Equal(("Afsluttet", new DateOnly(2027, 2, 14), "Målene er nået"), (ended.Grant.Status, ended.Grant.End!.Value, ended.Grant.EndReason));
        Assert.False(ended.Commitment.OpenEnded);
        Assert.Equal([1865.61m, 3402.00m, 1701.00m], ended.Commitment.Months.Select(m => m.Amount));
        Assert.Equal(6968.61m, ended.Commitment.Total);
        var lineAfter = Assert.Single(after.Lines, l => l.BevillingId == grant.Id);
        Assert.Equal([(2027, 1, 3402.00m), (2027, 2, 1701.00m)], lineAfter.Months.Select(m => (m.Year, m.Month, m.Amount)));
        Assert.Equal(before.Months[2].Amount - 3402.00m, after.Months[2].Amount);
        Assert.Equal("Finished", (await admin.InstanceAsync(instanceId)).SubStatus);
    }

    [Fact]
    public async Task Should_grant_a_frame_with_no_provider_its_time_limit_and_another_paying_municipality()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        var (caseId, indstillingId, _) = await CaseWithIndstillingAsync(raadgiver, "Bertram Holm", Familiebehandling(new DateOnly(2026, 12, 15), new DateOnly(2027, 12, 31)));

        await StartOnCaseAsync(admin, GrantThenEnd(Flows.NewId("ramme")), caseId,
            new { indstillingId = indstillingId.ToString(), tidsbegraensning = "2027-06-30", betalingskommune = "101" });
        var grant = Assert.Single(await GrantsAsync(raadgiver, caseId));
        var detail = await GrantAsync(raadgiver, caseId, grant.Id);

        Assert.Null(grant.ProviderId);
        Assert.Equal("Familiehuset", grant.ProviderName);
        Assert.Equal((new DateOnly(2027, 6, 30), new DateOnly(2027, 6, 30)), (grant.End!.Value, grant.TimeLimit!.Value));
        Assert.Equal(new Municipality("0101", "København"), grant.PayingMunicipality);
        Assert.Equal(new Municipality("0615", "Horsens"), grant.ActingMunicipality);
        // The frame is the grant's annual amount: its first twelve months, here less, as the time limit ends it on 30 June 2027:
        // 17/31 of December (1,865.61 kr.) and January to June, 6 × 3,402.00 kr.
        Assert.Equal(22277.61m, grant.FramePerYear);
        Assert.Equal(new DateOnly(2027, 6, 30), detail.Commitment.To);
        Assert.Equal(1865.61m + 6 * 3402.00m, detail.Commitment.Total);
    }

    [Fact]
    public async Task Should_refuse_grants_to_other_municipalities_and_commitments_to_caseworkers()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        using var other = await host.Client().SignedInAsync("raadgiver@0706");
        using var leder = await SignedInAsync("leder");
        var (caseId, indstillingId, _) = await CaseWithIndstillingAsync(raadgiver, "Cecilie Holm", Familiebehandling(new DateOnly(2026, 12, 1), null));
        await StartOnCaseAsync(admin, GrantThenEnd(Flows.NewId("tenancy")), caseId, new { indstillingId = indstillingId.ToString() });
        var grant = Assert.Single(await GrantsAsync(raadgiver, caseId));

        await Problem.AssertAsync(await other.GetAsync($"/api/cases/{caseId}/bevillinger"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await other.GetAsync($"/api/cases/{caseId}/bevillinger/{grant.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        Assert.DoesNotContain((await other.ReadAsync<List<Expiring>>(await other.GetAsync("/api/bevillinger/expiring"))), e => e.Grant.Id == grant.Id);
        await Problem.AssertAsync(await raadgiver.GetAsync("/api/economy/commitments?from=2027-01-01&to=2027-01-31"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await leder.GetAsync("/api/economy/commitments?to=2027-01-31"), HttpStatusCode.BadRequest, "field.required", "/from");
        await Problem.AssertAsync(await leder.GetAsync("/api/economy/commitments?from=2027-01-01&to=2040-01-31"), HttpStatusCode.BadRequest, "projection.tooLong", "/to");
        await Problem.AssertAsync(await raadgiver.GetAsync($"/api/cases/{caseId}/bevillinger/{grant.Id}?horizon=2026-01-01"), HttpStatusCode.BadRequest,
            "projection.endBeforeStart", "/horizon");
        Assert.Contains((await leder.ReadAsync<Commitments>(await leder.GetAsync("/api/economy/commitments?from=2027-01-01&to=2027-01-31"))).Lines,
            l => l.BevillingId == grant.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BevillingTestsOnSqlite(SqliteHostFixture host) : BevillingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BevillingTestsOnPostgres(PostgresHostFixture host) : BevillingTests(host);
