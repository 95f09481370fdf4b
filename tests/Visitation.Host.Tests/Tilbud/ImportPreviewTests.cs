using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Tilbud;

/// <summary>The catalogue import's preview: what a file would do, every wrong line and column, and nothing saved.</summary>
public abstract class ImportPreviewTests(HostFixture host)
{
    public sealed record Line(int LineNumber, string? Provider, string? Name, string? Type, decimal? Price, string? PriceUnit, string? Action, bool NewProvider,
        bool HasErrors);

    public sealed record Preview(bool CanImport, List<Line> Lines, List<Problem.Error> Errors);

    private static Task<HttpResponseMessage> PreviewAsync(ApiClient client, string csv) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/offers/import/preview") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") });

    private static string Provider() => $"Forhåndsvist {Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Should_show_every_wrong_line_and_column_and_save_nothing()
    {
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var provider = Provider();
        var csv = "udbyder;navn;type;lovgrundlag;pris;prisenhed;intern_ekstern;finansiering\n"
            + $"{provider};Godt tilbud;familiebehandling;BL § 32;500,00;timer-pr-maaned;intern;ramme\n"
            + $"{provider};Dyrt tilbud;familiebehandling;BL § 32;mange penge;timer-pr-maaned;intern;ramme\n"
            + $"{provider};;ukendt-type;BL § 32;100;timer-pr-maaned;intern;ramme\n";

        var preview = await leder.ReadAsync<Preview>(await PreviewAsync(leder, csv));

        Assert.False(preview.CanImport);
        Assert.Equal([2, 3, 4], preview.Lines.Select(l => l.LineNumber));
        Assert.Equal(("create", true, false), (preview.Lines[0].Action, preview.Lines[0].NewProvider, preview.Lines[0].HasErrors));
        Assert.Equal([(string?)null, null], preview.Lines.Skip(1).Select(l => l.Action));
        Assert.Equal(["/lines/3/price", "/lines/4/name", "/lines/4/type"], preview.Errors.Select(e => e.Path).Order());
        Assert.DoesNotContain(provider, await (await leder.GetAsync("/api/providers")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_say_which_lines_add_and_which_change_an_offer_when_the_file_is_good()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        var provider = Provider();
        var csv = "provider;name;type;legalBasis;price;priceUnit;provision;financing\n"
            + $"{provider};Familiestøtte;familiebehandling;BL § 32;725,50;timer-pr-maaned;ekstern;takst\n";
        Assert.Equal(HttpStatusCode.OK, (await oekonomi.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/offers/import")
            { Content = new StringContent(csv, Encoding.UTF8, "text/csv") })).StatusCode);

        var preview = await oekonomi.ReadAsync<Preview>(await PreviewAsync(oekonomi,
            csv + $"{provider};Weekendaflastning;aflastning;BL § 32;1250,00;doegn;ekstern;takst\n"));

        Assert.True(preview.CanImport);
        Assert.Empty(preview.Errors);
        Assert.Equal(["update", "create"], preview.Lines.Select(l => l.Action));
        Assert.Equal(725.50m, preview.Lines[0].Price);
        Assert.All(preview.Lines, l => Assert.False(l.NewProvider));
    }

    [Fact]
    public async Task Should_refuse_a_caseworker_and_treat_another_municipalitys_offers_as_unknown()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var syd = await host.Client().SignedInAsync("leder@9902");
        var csv = "provider;name;type;legalBasis;price;priceUnit;provision;financing\n"
            + "Familiehuset;Familiebehandling;familiebehandling;BL § 32;650,00;timer-pr-maaned;intern;ramme\n";

        await Problem.AssertAsync(await PreviewAsync(raadgiver, csv), HttpStatusCode.Forbidden, "auth.forbidden");
        var preview = await syd.ReadAsync<Preview>(await PreviewAsync(syd, csv));
        var empty = await syd.ReadAsync<Preview>(await PreviewAsync(syd, "provider;name\n"));

        Assert.Equal("create", preview.Lines.Single().Action);
        Assert.Equal((false, "import.empty"), (empty.CanImport, empty.Errors.Single().Code));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportPreviewTestsOnSqlite(SqliteHostFixture host) : ImportPreviewTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ImportPreviewTestsOnPostgres(PostgresHostFixture host) : ImportPreviewTests(host);
