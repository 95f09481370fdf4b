using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Tilbud;

/// <summary>The offer catalogue: providers and offers, search, CSV import, per municipality.</summary>
public abstract class TilbudTests(HostFixture host)
{
    public sealed record Provider(Guid Id, string Name, string? Cvr);

    public sealed record Offer(Guid Id, Guid ProviderId, string ProviderName, string Name, string Type, string? TargetGroup, string LegalBasis, decimal Price,
        string PriceUnit, int? Capacity, int? Vacancies, string Provision, string Financing, string? Location, DateOnly? ApprovedUntil, string? PlacementForm);

    public sealed record ImportResult(int Lines, int Created, int Updated, int ProvidersCreated);

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private static object OfferBody(Guid providerId, string name, decimal price = 725.50m) => new
    {
        providerId, name, type = "familiebehandling", targetGroup = "Familier med små børn", legalBasis = "BL § 32", price, priceUnit = "timer-pr-maaned",
        capacity = 12, vacancies = 3, provision = "ekstern", financing = "takst", location = "Odense", approvedUntil = "2028-12-31",
    };

    private static Task<HttpResponseMessage> ImportAsync(ApiClient client, string csv) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/offers/import") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") });

    [Fact]
    public async Task Should_seed_a_demo_catalogue_with_own_and_external_offers()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");

        var offers = await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync("/api/offers"));

        Assert.Contains(offers, o => o is { ProviderName: "Familiehuset", Type: "familiebehandling", Provision: "intern", Financing: "ramme", Price: 650m });
        Assert.Contains(offers, o => o is { ProviderName: "Plejefamilien Holm", PriceUnit: "vederlag", Price: 9250.50m, Provision: "ekstern" });
        Assert.Contains(offers, o => o is { Type: "anbringelse", PriceUnit: "doegntakst", PlacementForm: "Opholdssted" } && o.ApprovedUntil == new DateOnly(2028, 6, 30));
        Assert.All(offers.Where(o => o.Type == "anbringelse"), o => Assert.NotNull(o.PlacementForm));
    }

    [Theory]
    [InlineData("0167", "Hvidovre")]
    [InlineData("0410", "Middelfart")]
    [InlineData("0615", "Horsens")]
    [InlineData("0621", "Kolding")]
    [InlineData("0706", "Syddjurs")]
    [InlineData("0846", "Mariagerfjord")]
    public async Task Should_seed_each_example_municipality_with_its_example_catalogue_so_matching_has_offers(string kommune, string name)
    {
        using var raadgiver = await host.Client().SignedInAsync($"raadgiver@{kommune}");

        var offers = await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync("/api/offers"));

        var examples = offers.Where(o => o.Name.StartsWith("Eksempel: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(examples, o => o is { Type: "familiebehandling", Provision: "intern", Financing: "ramme" } && o.ProviderName == $"Familiehuset {name}");
        Assert.Contains(examples, o => o is { Type: "familiebehandling", Provision: "ekstern", Financing: "takst" });
        Assert.Contains(examples, o => o is { Type: "anbringelse", PlacementForm: "Plejefamilie" } && o.Location == name);
        Assert.Equal(8, examples.Count);
    }

    [Fact]
    public async Task Should_require_the_placement_form_of_a_placement_offer_and_keep_it_when_given()
    {
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var provider = await leder.ReadAsync<Provider>(await leder.PostAsync("/api/providers", new { name = Unique("Opholdsstedet Bakken") }), HttpStatusCode.Created);
        object Placement(string? placementForm) => new
        {
            providerId = provider.Id, name = "Ophold for unge", type = "anbringelse", targetGroup = Unique("Unge"), legalBasis = "BL § 46", price = 3_100m, priceUnit = "doegntakst",
            provision = "ekstern", financing = "takst", placementForm,
        };

        var missing = await leder.PostAsync("/api/offers", Placement(null));
        var unknown = await leder.PostAsync("/api/offers", Placement("Telt"));
        var created = await leder.ReadAsync<Offer>(await leder.PostAsync("/api/offers", Placement("Opholdssted")), HttpStatusCode.Created);
        var changed = await leder.ReadAsync<Offer>(await leder.SendAsync(HttpMethod.Put, $"/api/offers/{created.Id}", Placement("EgetVaerelse")));
        var respite = await leder.ReadAsync<Offer>(await leder.PostAsync("/api/offers", OfferBody(provider.Id, "Familiebehandling uden form")), HttpStatusCode.Created);
        var offers = await leder.ReadAsync<List<Offer>>(await leder.GetAsync($"/api/offers?providerId={provider.Id}"));

        await Problem.AssertAsync(missing, HttpStatusCode.BadRequest, "offer.placementFormRequired", "/placementForm");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(("Opholdssted", "EgetVaerelse", (string?)null), (created.PlacementForm, changed.PlacementForm, respite.PlacementForm));
        Assert.Equal(["Familiebehandling uden form", "Ophold for unge"], offers.Select(o => o.Name).Order());
    }

    [Fact]
    public async Task Should_let_an_economy_user_create_and_change_providers_and_offers_and_every_user_search_them()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var providerName = Unique("Familiecenter Øst");

        var provider = await oekonomi.ReadAsync<Provider>(await oekonomi.PostAsync("/api/providers", new { name = providerName, cvr = "11223344" }), HttpStatusCode.Created);
        var offer = await oekonomi.ReadAsync<Offer>(await oekonomi.PostAsync("/api/offers", OfferBody(provider.Id, "Familiebehandling i hjemmet")), HttpStatusCode.Created);
        var changed = await oekonomi.ReadAsync<Offer>(await oekonomi.SendAsync(HttpMethod.Put, $"/api/offers/{offer.Id}", OfferBody(provider.Id, "Familiebehandling i hjemmet", 800m)));
        var renamed = await oekonomi.ReadAsync<Provider>(await oekonomi.SendAsync(HttpMethod.Put, $"/api/providers/{provider.Id}", new { name = providerName + " ApS" }));
        var byText = await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync($"/api/offers?q={Uri.EscapeDataString(providerName.ToUpperInvariant())}"));
        var byFilters = await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync($"/api/offers?type=familiebehandling&provision=ekstern&providerId={provider.Id}&withVacancies=true"));
        var internalOnly = await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync("/api/offers?provision=intern"));
        var read = await raadgiver.ReadAsync<Offer>(await raadgiver.GetAsync($"/api/offers/{offer.Id}"));

        Assert.Equal((725.50m, "timer-pr-maaned", 12, 3), (offer.Price, offer.PriceUnit, offer.Capacity, offer.Vacancies));
        Assert.Equal(800m, changed.Price);
        Assert.Equal((providerName + " ApS", (string?)null), (renamed.Name, renamed.Cvr));
        Assert.Equal([offer.Id], byText.Select(o => o.Id));
        Assert.Equal([offer.Id], byFilters.Select(o => o.Id));
        Assert.DoesNotContain(internalOnly, o => o.Id == offer.Id);
        Assert.Equal((providerName + " ApS", 800m, new DateOnly(2028, 12, 31)), (read.ProviderName, read.Price, read.ApprovedUntil));
        await Problem.AssertAsync(await oekonomi.PostAsync("/api/providers", new { name = (providerName + " aps").ToUpperInvariant() }), HttpStatusCode.Conflict, "provider.nameTaken", "/name");
    }

    [Fact]
    public async Task Should_refuse_invalid_offers_and_catalogue_changes_by_caseworkers()
    {
        using var leder = await host.Client().SignedInAsync("leder@9902");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9902");
        var provider = await leder.ReadAsync<Provider>(await leder.PostAsync("/api/providers", new { name = Unique("Udbyder") }), HttpStatusCode.Created);

        var errors = await Problem.AssertAsync(await leder.PostAsync("/api/offers", new
        {
            providerId = provider.Id, name = "Tilbud", type = "ukendt", legalBasis = "BL § 32", price = 10.555m, priceUnit = "pr-gang", provision = "intern",
            financing = "takst", capacity = 2, vacancies = 3,
        }), HttpStatusCode.BadRequest, "field.unknownValue", "/type");
        await Problem.AssertAsync(await leder.PostAsync("/api/offers", OfferBody(Guid.NewGuid(), "Uden leverandør")), HttpStatusCode.UnprocessableEntity, "provider.unknown", "/providerId");
        await Problem.AssertAsync(await leder.PostAsync("/api/providers", new { name = "Med forkert CVR", cvr = "123" }), HttpStatusCode.BadRequest, "provider.invalidCvr", "/cvr");
        await Problem.AssertAsync(await raadgiver.PostAsync("/api/providers", new { name = "Rådgiverens udbyder" }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await raadgiver.PostAsync("/api/offers", OfferBody(provider.Id, "Rådgiverens tilbud")), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await ImportAsync(raadgiver, "provider;name\nA;B\n"), HttpStatusCode.Forbidden, "auth.forbidden");

        Assert.Contains(errors, e => e.Path == "/price" && e.Code == "field.tooManyDecimals");
        Assert.Contains(errors, e => e.Path == "/priceUnit" && e.Code == "field.unknownValue");
        Assert.Contains(errors, e => e.Path == "/vacancies" && e.Code == "field.outOfRange");
        Assert.Empty(await raadgiver.ReadAsync<List<Offer>>(await raadgiver.GetAsync($"/api/offers?providerId={provider.Id}")));
    }

    [Fact]
    public async Task Should_answer_404_when_another_municipality_reads_or_changes_its_catalogue()
    {
        using var nord = await host.Client().SignedInAsync("administrator@9901");
        using var syd = await host.Client().SignedInAsync("administrator@9902");
        var name = Unique("Hemmelig udbyder");
        var provider = await nord.ReadAsync<Provider>(await nord.PostAsync("/api/providers", new { name }), HttpStatusCode.Created);
        var offer = await nord.ReadAsync<Offer>(await nord.PostAsync("/api/offers", OfferBody(provider.Id, "Hemmeligt tilbud")), HttpStatusCode.Created);

        await Problem.AssertAsync(await syd.GetAsync($"/api/providers/{provider.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.GetAsync($"/api/offers/{offer.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/providers/{provider.Id}", new { name = "X" }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/offers/{offer.Id}", OfferBody(provider.Id, "X")), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.PostAsync("/api/offers", OfferBody(provider.Id, "Lånt udbyder")), HttpStatusCode.UnprocessableEntity, "provider.unknown");
        Assert.DoesNotContain(name, await (await syd.GetAsync("/api/providers")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(name, await (await syd.GetAsync("/api/offers")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_import_offers_from_csv_with_danish_headers_and_decimal_comma_and_update_them_on_a_second_import()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9902");
        var provider = Unique("Opholdsstedet Fjorden");
        var csv = "\uFEFFudbyder;cvr;navn;type;maalgruppe;lovgrundlag;pris;prisenhed;kapacitet;ledige;intern_ekstern;finansiering;beliggenhed;godkendt_til;anbringelsesform\r\n"
            + $"{provider};12345678;Døgnophold;anbringelse;\"Unge; 14-17 år\";BL § 46;3.450,75;doegntakst;6;1;ekstern;takst;Vejle;31-12-2028;Døgninstitution\r\n"
            + $"{provider};;Aflastning weekend;aflastning;;BL § 32;1250.5;doegn;;;Ekstern;Takst;;;\r\n"
            + "\r\n";

        var first = await oekonomi.ReadAsync<ImportResult>(await ImportAsync(oekonomi, csv));
        var second = await oekonomi.ReadAsync<ImportResult>(await ImportAsync(oekonomi, csv.Replace("3.450,75", "3.500,00")));
        var offers = await oekonomi.ReadAsync<List<Offer>>(await oekonomi.GetAsync($"/api/offers?q={Uri.EscapeDataString(provider)}"));

        Assert.Equal(new ImportResult(2, 2, 0, 1), first);
        Assert.Equal(new ImportResult(2, 0, 2, 0), second);
        Assert.Equal(["Aflastning weekend", "Døgnophold"], offers.Select(o => o.Name));
        var stay = offers.Single(o => o.Name == "Døgnophold");
        Assert.Equal((3500.00m, "doegntakst", "Unge; 14-17 år", 6, 1, new DateOnly(2028, 12, 31)), (stay.Price, stay.PriceUnit, stay.TargetGroup, stay.Capacity, stay.Vacancies, stay.ApprovedUntil));
        Assert.Equal(("Doegninstitution", (string?)null), (stay.PlacementForm, offers[0].PlacementForm));
        Assert.Equal((1250.50m, "ekstern", "takst", (int?)null), (offers[0].Price, offers[0].Provision, offers[0].Financing, offers[0].Capacity));
    }

    [Fact]
    public async Task Should_report_every_wrong_line_and_column_and_import_nothing()
    {
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var provider = Unique("Ny udbyder");
        var csv = "provider;name;type;legalBasis;price;priceUnit;provision;financing\n"
            + $"{provider};Godt tilbud;familiebehandling;BL § 32;500,00;timer-pr-maaned;intern;ramme\n"
            + $"{provider};Dyrt tilbud;familiebehandling;BL § 32;mange penge;timer-pr-maaned;intern;ramme\n"
            + $"{provider};;ukendt-type;BL § 32;1,234;timer-pr-maaned;intern;ramme\n"
            + $"{provider};For få felter\n"
            + $"{provider};Godt tilbud;familiebehandling;BL § 32;500,00;timer-pr-maaned;intern;ramme\n"
            + $"{provider};Døgn uden form;anbringelse;BL § 46;3100,00;doegntakst;ekstern;takst\n";
        var forms = "udbyder;navn;type;lovgrundlag;pris;prisenhed;intern_ekstern;finansiering;anbringelsesform\n"
            + $"{provider};Værelse;anbringelse;BL § 46;2.900,00;doegntakst;intern;ramme;eget værelse\n"
            + $"{provider};Telt;anbringelse;BL § 46;100,00;doegntakst;intern;ramme;telt\n";

        var errors = await Problem.AssertAsync(await ImportAsync(leder, csv), HttpStatusCode.UnprocessableEntity, "field.invalidFormat", "/lines/3/price");
        var formErrors = await Problem.AssertAsync(await ImportAsync(leder, forms), HttpStatusCode.UnprocessableEntity, "field.unknownValue", "/lines/3/placementForm");
        var headerErrors = await Problem.AssertAsync(await ImportAsync(leder, "udbyder;navn;pris;farve\nA;B;1\n"), HttpStatusCode.UnprocessableEntity,
            "import.missingColumn", "/header/type");

        Assert.Contains(errors, e => e.Path == "/lines/4/name" && e.Code == "field.required");
        Assert.Contains(errors, e => e.Path == "/lines/4/type" && e.Code == "field.unknownValue");
        Assert.Contains(errors, e => e.Path == "/lines/4/price" && e.Code == "field.tooManyDecimals");
        Assert.Contains(errors, e => e.Path == "/lines/5" && e.Code == "import.wrongFieldCount");
        Assert.Contains(errors, e => e.Path == "/lines/6/name" && e.Code == "import.duplicateLine");
        Assert.Contains(errors, e => e.Path == "/lines/7/placementForm" && e.Code == "offer.placementFormRequired");
        Assert.DoesNotContain(formErrors, e => e.Path.StartsWith("/lines/2", StringComparison.Ordinal));
        Assert.Equal(["field.unknownValue"], formErrors.Select(e => e.Code));
        Assert.DoesNotContain(errors, e => e.Path.StartsWith("/lines/2", StringComparison.Ordinal));
        Assert.Contains(headerErrors, e => e.Path == "/header/3" && e.Code == "import.unknownColumn");
        Assert.DoesNotContain(provider, await (await leder.GetAsync("/api/providers")).Content.ReadAsStringAsync());
        await Problem.AssertAsync(await ImportAsync(leder, "provider;name\n"), HttpStatusCode.UnprocessableEntity, "import.empty");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TilbudTestsOnSqlite(SqliteHostFixture host) : TilbudTests(host);

[Collection(PostgresCollection.Name)]
public sealed class TilbudTestsOnPostgres(PostgresHostFixture host) : TilbudTests(host);
