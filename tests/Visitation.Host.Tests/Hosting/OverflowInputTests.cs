using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Hosting;

/// <summary>Values at the edge of what a type holds are refused at their path with 400, never a 500, and store nothing.</summary>
public abstract class OverflowInputTests(HostFixture host)
{
    [Fact]
    public async Task Should_refuse_a_duplicated_json_property_at_its_path()
    {
        using var leder = await host.Client().SignedInAsync("leder@9902");

        var response = await leder.PostRawAsync("/api/forums", """{"name":"Udvalg A","name":"Udvalg B","kind":"Visitationsudvalg"}""");

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "body.duplicateProperty", "/name");
    }

    [Fact]
    public async Task Should_refuse_a_deadline_override_of_ten_thousand_years_at_its_path()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (_, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);

        var response = await administrator.SendAsync(HttpMethod.Put, "/api/deadline-rules/undersoegelse-4m/override",
            new { duration = "P9999Y9999M", effectiveFrom = "2027-01-01", reason = "Forsøg" });

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "frist.invalidDuration", "/duration");
    }

    [Fact]
    public async Task Should_refuse_an_indstilling_with_a_huge_unit_price_or_a_start_in_year_9999_at_its_path_and_store_nothing()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var registered = await RegisterAsync(raadgiver, [Child("Alma Berg", NewCpr())]);
        var caseId = registered.Cases[0].CaseId;

        var price = await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", Indstilling(unitPrice: 1e17m, start: "2027-01-01"));
        var start = await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", Indstilling(unitPrice: 850m, start: "9999-12-01"));
        var rawPrice = await raadgiver.PostRawAsync($"/api/cases/{caseId}/indstillinger",
            System.Text.Json.JsonSerializer.Serialize(Indstilling(unitPrice: 850m, start: "2027-01-01")).Replace("850", "1e400"));

        await Problem.AssertAsync(price, HttpStatusCode.BadRequest, "field.outOfRange", "/scope/unitPrice");
        await Problem.AssertAsync(start, HttpStatusCode.BadRequest, "field.outOfRange", "/start");
        await Problem.AssertAsync(rawPrice, HttpStatusCode.BadRequest, "body.invalidJson", "/scope/unitPrice");
        var stored = await (await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Familiehuset", stored);
    }

    private static object Indstilling(decimal unitPrice, string start) => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
        scope = new { quantity = 4, unit = "timer-pr-maaned", unitPrice },
        start,
        goals = new[] { "Faste rutiner" },
        followUpCadence = "P3M",
        alternatives = "Ingen.",
        gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Ønskede det ikke" },
    };
}

[Collection(SqliteCollection.Name)]
public sealed class OverflowInputTestsOnSqlite(SqliteHostFixture host) : OverflowInputTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OverflowInputTestsOnPostgres(PostgresHostFixture host) : OverflowInputTests(host);
