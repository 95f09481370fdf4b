using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Pligter;

/// <summary>
/// Rows on the amount granted to a child or a family in a calendar year (this measure included), read while the indstilling
/// is typed: the family is the children whose cases share a custody holder; grants count pro rata by the cost rule.
/// </summary>
public abstract class AggregateTests(HostFixture host)
{
    public sealed record Routing(string LevelId, string RuleId, KompetenceplanerExplanation Explanation);

    public sealed record KompetenceplanerExplanation(string Da, string En);

    public sealed record Preview(Routing? Routing);

    /// <summary>The rådgiver decides familiebehandling up to 10,000 kr. per family per year; above, the teamleder. Aflastning likewise per child.</summary>
    private static object Plan() => new
    {
        effectiveFrom = "2026-01-01",
        hitPolicy = "Unique",
        rules = new object[]
        {
            new { id = "fb-familie-op-til", measureType = "familiebehandling", level = "raadgiver", when = new { aggregate = new { scope = "family", period = "calendar-year", upTo = 10000 } } },
            new { id = "fb-familie-over", measureType = "familiebehandling", level = "teamleder", when = new { aggregate = new { scope = "family", period = "calendar-year", above = 10000 } } },
            new { id = "fb", measureType = "familiebehandling", @default = true, level = "teamleder" },
            new { id = "afl-barn-op-til", measureType = "aflastning", level = "raadgiver", when = new { aggregate = new { scope = "child", period = "calendar-year", upTo = 10000 } } },
            new { id = "afl", measureType = "aflastning", @default = true, level = "teamleder" },
            new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" },
        },
    };

    private static async Task<Guid> CaseAsync(ApiClient client, string child, string custodyHolder) =>
        (await client.ReadAsync<JsonElement>(await client.PostAsync("/api/cases", new
        {
            child = new { name = child, cpr = Sager.CaseApi.NewCpr() },
            custodyHolders = new[] { new { name = custodyHolder, relation = "mor" } },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A grant another role made earlier: 1 hour a month at <paramref name="monthly"/> kr., from start to end.</summary>
    private async Task GrantAsync(Guid caseId, decimal monthly, DateOnly start, DateOnly? end)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var sag = await db.Sager.IgnoreQueryFilters().SingleAsync(s => s.Id == caseId);
        var indstilling = new Indstilling
        {
            Id = Guid.NewGuid(), KommuneId = sag.KommuneId, SagId = caseId, Status = IndstillingStatus.Afgjort, Behov = "Tidligere bevilling",
            IndsatsType = "familiebehandling", Lovgrundlag = "BL-32", Omfang = 1, Enhed = "timer-pr-maaned", EnhedsprisOere = (long)(monthly * 100),
            Start = start, ForventetSlut = end, MaalJson = "[]", Opfoelgning = "P3M", PorteJson = "{}", IndstilletAf = "tidligere", OprettetAt = DateTimeOffset.UtcNow,
        };
        db.Indstillinger.Add(indstilling);
        db.Bevillinger.Add(new Bevilling
        {
            Id = Guid.NewGuid(), KommuneId = sag.KommuneId, SagId = caseId, IndstillingId = indstilling.Id, IndsatsType = "familiebehandling", Lovgrundlag = "BL-32",
            Omfang = 1, Enhed = "timer-pr-maaned", EnhedsprisOere = (long)(monthly * 100), Start = start, Slut = end, HandlekommuneKode = "0101",
            BetalingskommuneKode = "0101", BevilgetAf = "tidligere", BevilgetAt = DateTimeOffset.UtcNow,
            Status = end is { } e && e < new DateOnly(2027, 12, 31) ? BevillingStatus.Afsluttet : BevillingStatus.Aktiv,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The routing of a measure of 1 hour in January 2027 at <paramref name="price"/> kr.</summary>
    private static async Task<Routing> RouteAsync(ApiClient client, Guid caseId, string type, decimal price) =>
        (await client.ReadAsync<Preview>(await client.PostAsync($"/api/cases/{caseId}/indstillinger/preview", new
        {
            measure = new { type, legalBasis = "BL-32", providerKind = "intern" },
            scope = new { quantity = 1, unit = "timer-pr-maaned", unitPrice = price },
            start = "2027-01-01",
            expectedEnd = "2027-01-31",
        }))).Routing!;

    [Fact]
    public async Task Should_count_the_familys_grants_in_the_year_pro_rata_and_route_at_the_boundary_and_one_oere_above()
    {
        using var world = await DutyWorld.CreateAsync(host, Plan());
        var first = await CaseAsync(world.Raadgiver, "Asta Friis", "Maja Friis");
        var sibling = await CaseAsync(world.Raadgiver, "Bo Friis", " maja friis ");
        var stranger = await CaseAsync(world.Raadgiver, "Carl Moe", "Rikke Moe");
        // 1,000 kr. a month ending 31 March 2027: 3,000.00 kr. in 2027. The sibling: 500 kr. a month from 1 January, open: 6,000.00 kr.
        await GrantAsync(first, 1000m, new DateOnly(2026, 7, 1), new DateOnly(2027, 3, 31));
        await GrantAsync(sibling, 500m, new DateOnly(2027, 1, 1), null);
        await GrantAsync(stranger, 50000m, new DateOnly(2027, 1, 1), null);

        var atLimit = await RouteAsync(world.Raadgiver, first, "familiebehandling", 1000.00m);
        var oereAbove = await RouteAsync(world.Raadgiver, first, "familiebehandling", 1000.01m);
        var forSibling = await RouteAsync(world.Raadgiver, sibling, "familiebehandling", 1000.00m);
        var childOnly = await RouteAsync(world.Raadgiver, first, "aflastning", 7000.00m);
        var childAbove = await RouteAsync(world.Raadgiver, first, "aflastning", 7000.01m);

        Assert.Equal(("raadgiver", "fb-familie-op-til"), (atLimit.LevelId, atLimit.RuleId));
        Assert.Contains("bevilget til familien i kalenderåret, denne indsats medregnet 10000 kr. er højst 10000 kr.", atLimit.Explanation.Da);
        Assert.Contains("granted to the family in the calendar year", atLimit.Explanation.En);
        Assert.Equal(("teamleder", "fb-familie-over"), (oereAbove.LevelId, oereAbove.RuleId));
        Assert.Contains("10000,01", oereAbove.Explanation.Da);
        Assert.Equal(("raadgiver", "fb-familie-op-til"), (forSibling.LevelId, forSibling.RuleId));
        // Per child, the sibling's grant does not count: 3,000 + 7,000 is at the limit, one øre more is above.
        Assert.Equal(("raadgiver", "afl-barn-op-til"), (childOnly.LevelId, childOnly.RuleId));
        Assert.Equal(("teamleder", "afl"), (childAbove.LevelId, childAbove.RuleId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AggregateTestsOnSqlite(SqliteHostFixture host) : AggregateTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AggregateTestsOnPostgres(PostgresHostFixture host) : AggregateTests(host);
