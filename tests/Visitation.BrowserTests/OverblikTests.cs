using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// Overblik for a leader of Middelfart (0410), where no other journey works: two undersøgelser the caseworker finished today
/// (seeded through the API, as the caseworker would have done them in Sager) show up in the 4-month figure next to the
/// national figure, drill down to their cases and open in Sager; the CSV exports carry the filters.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class OverblikTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_let_a_leader_read_a_deadline_figure_against_the_national_one_drill_down_to_its_cases_and_export_with_the_filters()
    {
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0410");
        var alma = await seed.InvestigatedAsync("Alma Winther");
        var bo = await seed.InvestigatedAsync("Bo Winther");
        var year = DateTime.UtcNow.Year.ToString();

        var page = await studio.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await StudioPage.SignInAsync(page, "leder@0410");
        await StudioPage.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Overblik" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/overblik$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Overblik");

        var card = page.GetByRole(AriaRole.Article, new() { Name = "Undersøgelser afsluttet inden for 4 måneder" });
        await Expect(card).ToContainTextAsync("100 %");
        await Expect(card).ToContainTextAsync("2 af 2");
        await Expect(card.Locator(".kpi__refs")).ToContainTextAsync("Landstal50 %");
        await Expect(card.Locator(".kpi__refs")).ToContainTextAsync("Intet mål sat");
        // The chart has a text alternative with the same numbers as its table.
        await Expect(card.Locator(".chart[role='img']")).ToHaveAccessibleNameAsync(new Regex("Kommunen 100 procent, Landstal 50 procent"));

        // The period is chosen by keyboard and lands in the URL with the scope and audience.
        await page.GetByLabel("Periode").FocusAsync();
        await page.GetByLabel("Periode").SelectOptionAsync(new SelectOptionValue { Value = $"{year}-Q4" });
        await Expect(page).ToHaveURLAsync(new Regex($"/overblik\\?period={year}-Q4&scope=kommune&audience=leder$"));
        await Expect(card).ToContainTextAsync("2 af 2");
        await card.GetByText("Sådan er tallet opgjort").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(card).ToContainTextAsync("4 måneder efter, at kommunen blev bekendt med behovet");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "key figures", output);
        await Screenshots.SaveAsync(page, "overblik-01-noegletal");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Hent som CSV" }).ClickAsync());
        Assert.Equal($"noegletal-{year}-Q4-kommune-leder.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains($"Periode;{year}-Q4", csv);
        Assert.Contains("Omfang;Hele kommunen", csv);
        Assert.Contains("Målgruppe;Leder", csv);
        Assert.Contains("Undersøgelser afsluttet inden for 4 måneder;100;2;2;;50", csv);

        await card.GetByRole(AriaRole.Link, new() { Name = "Vis de 2 sager bag tallet" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/overblik/noegletal/undersoegelser-4-maaneder/sager\\?period={year}-Q4&scope=kommune&audience=leder&part=taeller$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Sagerne bag: Undersøgelser afsluttet inden for 4 måneder");
        var rows = page.GetByRole(AriaRole.Main).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Alma Winther");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Bo Winther");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "drill-down", output);
        await Screenshots.SaveAsync(page, "overblik-02-drill-down");

        var casesCsv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Hent som CSV" }).ClickAsync());
        var casesText = await File.ReadAllTextAsync(await casesCsv.PathAsync());
        Assert.Contains($"Periode;{year}-Q4", casesText);
        Assert.Contains($"{alma.CaseNumber};Alma Winther", casesText);

        await page.GetByRole(AriaRole.Link, new() { Name = bo.CaseNumber }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/sager/{bo.CaseId}$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Bo Winther");
        await Screenshots.SaveAsync(page, "overblik-03-case-opened");
    }

    [Fact]
    public async Task Should_show_a_caseworker_only_their_own_figures_and_the_data_quality_of_their_cases()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/overblik/datakvalitet");
        await StudioPage.SignInAsync(page, "raadgiver@0410");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Overblik");
        await Expect(page.GetByLabel("Omfang").Locator("option")).ToHaveTextAsync(["Mine sager"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Datakvalitet", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Antal fund pr. type");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "data quality", output);
        await Screenshots.SaveAsync(page, "overblik-04-datakvalitet");
    }
}
