using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Reference;

/// <summary>The municipalities reference list and the commitment projection through the API.</summary>
public abstract class ReferenceAndProjectionApiTests(HostFixture host)
{
    public sealed record Municipality(string Code, string Name);

    public sealed record Month(int Year, int Month_, int Days, int DaysInMonth, decimal Amount);

    public sealed record YearCost(int Year, decimal Amount);

    public sealed record Projection(DateOnly From, DateOnly To, bool OpenEnded, List<System.Text.Json.JsonElement> Months, List<YearCost> Years, decimal Total);

    [Fact]
    public async Task Should_list_the_98_municipalities_to_every_user()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9902");

        var municipalities = await raadgiver.ReadAsync<List<Municipality>>(await raadgiver.GetAsync("/api/reference/municipalities"));

        Assert.Equal(98, municipalities.Count);
        Assert.Contains(new Municipality("0101", "København"), municipalities);
        Assert.Contains(new Municipality("0860", "Hjørring"), municipalities);
        await Problem.AssertAsync(await host.Client().GetAsync("/api/reference/municipalities"), HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task Should_project_a_commitment_line_month_by_month_to_the_oere()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");

        var twoYears = await raadgiver.ReadAsync<Projection>(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 600, unit = "timer-pr-uge", quantity = 5, start = "2026-03-10", end = "2027-06-30" }));
        var openEnded = await raadgiver.ReadAsync<Projection>(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 3100, unit = "kr-pr-maaned", quantity = 1, start = "2026-01-15", horizon = "2026-02-10" }));

        Assert.Equal(16, twoYears.Months.Count);
        Assert.Equal(9225.81m, twoYears.Months[0].GetProperty("amount").GetDecimal());
        Assert.Equal([new YearCost(2026, 126225.81m), new YearCost(2027, 78000.00m)], twoYears.Years);
        Assert.Equal(204225.81m, twoYears.Total);
        Assert.True(openEnded.OpenEnded);
        Assert.Equal([1700.00m, 1107.14m], openEnded.Months.Select(m => m.GetProperty("amount").GetDecimal()));
        Assert.Equal(2807.14m, openEnded.Total);
    }

    [Fact]
    public async Task Should_refuse_an_invalid_projection_with_located_findings()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");

        var errors = await Problem.AssertAsync(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 10.001, unit = "pr-gang", quantity = -1, start = "2026-03-10" }), HttpStatusCode.BadRequest, "projection.horizonRequired", "/horizon");
        await Problem.AssertAsync(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 10, unit = "doegn", quantity = 1, start = "2026-03-10", end = "2026-03-01" }), HttpStatusCode.BadRequest, "projection.endBeforeStart", "/end");
        await Problem.AssertAsync(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 10, unit = "doegn", quantity = 1, start = "2026-03-10", end = "2099-03-01" }), HttpStatusCode.BadRequest, "projection.tooLong", "/end");

        await Problem.AssertAsync(await raadgiver.PostAsync("/api/economy/projection",
            new { unitPrice = 10, unit = "doegn", quantity = 1, start = "9999-12-01", horizon = "9999-12-31" }), HttpStatusCode.BadRequest, "field.outOfRange", "/start");
        Assert.Contains(errors, e => e.Path == "/unitPrice" && e.Code == "field.tooManyDecimals");
        Assert.Contains(errors, e => e.Path == "/unit" && e.Code == "field.unknownValue");
        Assert.Contains(errors, e => e.Path == "/quantity" && e.Code == "field.outOfRange");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReferenceAndProjectionApiTestsOnSqlite(SqliteHostFixture host) : ReferenceAndProjectionApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ReferenceAndProjectionApiTestsOnPostgres(PostgresHostFixture host) : ReferenceAndProjectionApiTests(host);
