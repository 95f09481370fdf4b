using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The finance officer's journey in Overblik → Økonomi, in Syddjurs (0706), whose visitationsudvalg has oekonomi@0706 as a member:
/// a budget, actuals imported after a preview that shows a wrong line, the forecast waterfall and the variance with its volume/price
/// split; then the meeting's agenda shows its cost against the remaining budget. The case on the agenda is seeded through the API, as
/// the caseworker would have made it in Sager.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class OekonomiTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_let_a_finance_officer_budget_import_actuals_after_a_preview_and_read_forecast_variance_and_the_agendas_remaining_budget()
    {
        // Submitted four weeks ahead, so the item waits on a later meeting than the one the meeting journeys in Syddjurs
        // count the items of.
        var submitted = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(28);
        var start = new DateOnly(submitted.Year, submitted.Month, 1).AddMonths(1);
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0706");
        CaseSeed.QueuedCase queued;
        using (studio.Clock.MoveTo(submitted, new TimeOnly(10, 0)))
            queued = await seed.QueuedAsync("Vera Lund", 4, 900m, start, start.AddMonths(6).AddDays(-1));
        var year = queued.MeetingDate.Year;

        var page = await studio.NewPageAsync();
        await page.GotoAsync("/");
        await StudioPage.SignInAsync(page, "oekonomi@0706");
        await Expect(StudioPage.Navigation(page)).ToBeVisibleAsync();

        // Budget: two children in family therapy at 120.000 kr. a year, entered by keyboard.
        await page.GotoAsync($"/overblik/oekonomi/budget?aar={year}");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Økonomi");
        await Expect(page.GetByText("Året har intet budget endnu. Tilføj den første linje.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj linje" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("Politikområde 1").SelectOptionAsync("forebyggelse");
        await page.GetByLabel("Indsatstype 1").SelectOptionAsync("familiebehandling");
        await page.GetByLabel("Antal børn 1").FillAsync("2");
        await page.GetByLabel("Gennemsnitspris pr. år (kr.) 1").FillAsync("120.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem budget" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Budgettet er gemt." })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("budget-total")).ToHaveTextAsync("240.000,00 kr.");
        await Expect(page.GetByRole(AriaRole.Table).Last).ToContainTextAsync("oekonomi@0706");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "budget", output);
        await Screenshots.SaveAsync(page, "oekonomi-01-budget");

        // Actuals: a file with an unknown child is previewed with its line and imports nothing; the corrected file imports.
        await page.GetByRole(AriaRole.Link, new() { Name = "Faktiske udgifter" }).ClickAsync();
        var wrong = $"cpr;indsats;maaned;beloeb\n{queued.Cpr};familiebehandling;{year}-01;10.500,00\n010203-4999;familiebehandling;{year}-01;500,00\n";
        await page.GetByLabel("Vælg fil").SetInputFilesAsync(new FilePayload { Name = "udgifter.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(wrong) });
        var errors = page.GetByTestId("preview-errors");
        await Expect(errors).ToContainTextAsync("Linje 3, kolonne cpr: ukendt barn");
        await Expect(errors).Not.ToContainTextAsync("010203");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Indlæs filen" })).ToBeDisabledAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "actuals preview with an error", output);
        await Screenshots.SaveAsync(page, "oekonomi-02-actuals-preview-error");

        var corrected = $"cpr;indsats;maaned;beloeb\n{queued.Cpr};familiebehandling;{year}-01;10.500,00\n{queued.Cpr};familiebehandling;{year}-02;10.500,00\n";
        await page.GetByLabel("Vælg fil").SetInputFilesAsync(new FilePayload { Name = "udgifter-rettet.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(corrected) });
        await Expect(page.GetByText("Filen er i orden: 2 linjer for 1 børn, i alt 21.000,00 kr.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Indlæs filen" }).ClickAsync();
        await Expect(page.GetByText("Indlæst: 2 linjer, i alt 21.000,00 kr.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).Last).ToContainTextAsync("udgifter-rettet.csv");
        await Screenshots.SaveAsync(page, "oekonomi-03-actuals-imported");

        // Forecast: the waterfall from the budget, drawn with its text alternative, and its table.
        await page.GetByRole(AriaRole.Link, new() { Name = "Prognose" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/overblik/oekonomi/prognose\\?aar={year}$"));
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex($"^Vandfaldsdiagram for {year}: budget 240.000,00 kr.") })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("step-budget")).ToHaveTextAsync("240.000,00 kr.");
        await Expect(page.GetByTestId("step-actuals")).ToHaveTextAsync("21.000,00 kr.");
        await Expect(page.Locator("svg").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("accuracy")).ToContainTextAsync("Træfsikkerheden kan måles, når årets 12 måneder er indlæst; 2 er indlæst.");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "forecast", output);
        await Screenshots.SaveAsync(page, "oekonomi-04-forecast");

        // Variance: two months of 2 budgeted children (4 child-months at 10.000 kr.) against 2 child-months for 21.000 kr.
        await page.GetByRole(AriaRole.Link, new() { Name = "Afvigelse" }).ClickAsync();
        await Expect(page.GetByTestId("volume-familiebehandling")).ToHaveTextAsync("-20.000,00 kr.");
        await Expect(page.GetByTestId("price-familiebehandling")).ToHaveTextAsync("1.000,00 kr.");
        await Expect(page.GetByTestId("variance-table")).ToContainTextAsync("-19.000,00 kr.");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "variance", output);
        await Screenshots.SaveAsync(page, "oekonomi-05-variance");

        // The agenda: the meeting's open items against what remains of the policy area's budget.
        await page.GotoAsync($"/moeder/{queued.ForumId}/{queued.MeetingId}");
        var panel = page.GetByTestId("meeting-budget");
        await Expect(panel).ToContainTextAsync("Forebyggelse");
        await Expect(panel).ToContainTextAsync("240.000,00 kr.");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "agenda with the remaining budget", output);
        await Screenshots.SaveAsync(page, "oekonomi-06-agenda-budget");
    }
}
