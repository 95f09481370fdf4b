using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The case path from underretning to decision, only through the UI: the indstilling's live panel says who decides and
/// what it costs as the caseworker types; within their own competence they hear the parties and decide, and see the
/// letter; an indstilling the panel routes to a forum shows its meeting on the case page.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class IndstillingTests(StudioFixture studio, ITestOutputHelper output)
{
    static DateOnly FirstOfNextMonth()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
    }

    /// <summary>Registers a teacher's underretning about a new child in the UI and opens the case page.</summary>
    internal static async Task RegisterAndOpenCaseAsync(IPage page, string childName)
    {
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Sager");
        await page.GotoAsync("/sager/ny-underretning");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Hanne Krog");
        await page.GetByLabel("Indhold").FillAsync("Barnet kommer ofte sultent i skole.");
        await page.GetByLabel("CPR-nummer").FillAsync(SagerTests.NewCpr());
        await Expect(page.GetByText("Ingen sag på barnet; der oprettes en ny.")).ToBeVisibleAsync();
        await page.GetByLabel("Barnets navn").FillAsync(childName);
        await page.GetByLabel("Navn 1").FillAsync("Mor til " + childName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn sagen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(childName);
    }

    /// <summary>Opens one of the case's open tasks from the case page, fills its fields and chooses the action; back on the case page.</summary>
    internal static async Task DoNextTaskAsync(IPage page, string title, string action, params (string Label, string Value)[] fields)
    {
        var caseTitle = await StudioPage.Heading(page).TextContentAsync();
        var openTasks = page.GetByRole(AriaRole.Region, new() { Name = "Åbne opgaver" });
        await openTasks.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(title);
        foreach (var (label, value) in fields) await page.GetByLabel(label).FillAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(caseTitle!);
    }

    /// <summary>Assessment and undersøgelse done, so the case waits for its indstilling.</summary>
    static async Task ToIndstillingAsync(IPage page)
    {
        await DoNextTaskAsync(page, "Vurdér underretningen", "Børnefaglig undersøgelse", ("Begrundelse", "Skolen er bekymret."));
        await page.GetByRole(AriaRole.Region, new() { Name = "Åbne opgaver" }).GetByRole(AriaRole.Link, new() { Name = "Børnefaglig undersøgelse (§ 20)" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Børnefaglig undersøgelse (§ 20)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Klar til indstilling" }).ClickAsync();
        await Expect(page.GetByText("Skriv og indsend indstillingen")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv indstillingen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Indstilling");
    }

    static async Task FillFamiliebehandlingAsync(IPage page, string hours)
    {
        await page.GetByLabel("Indsats", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Familiebehandling" });
        await Expect(page.GetByLabel("Enhed", new() { Exact = true })).ToHaveValueAsync("timer-pr-maaned");
        await page.GetByLabel("Omfang", new() { Exact = true }).FillAsync(hours);
        await page.GetByLabel("Pris pr. enhed (kr.)").FillAsync("850,50");
        var start = FirstOfNextMonth();
        await page.GetByLabel("Start", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Forventet slut", new() { Exact = true }).FillAsync(start.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Barnets behov").FillAsync("Familien har brug for hjælp til struktur i hverdagen.");
        await page.GetByLabel("Mål 1").FillAsync("Faste rutiner morgen og aften");
        await page.GetByLabel("Børnesamtale er holdt").CheckAsync();
        await page.GetByLabel("Hvorfor ingen familierådslagning").FillAsync("Familien ønskede det ikke");
    }

    [Fact]
    public async Task Should_decide_an_indstilling_the_live_panel_says_is_within_the_caseworkers_own_competence_and_show_the_letter()
    {
        var page = await studio.NewPageAsync(1400, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@0621");
        var child = "Sofus Brink " + Guid.NewGuid().ToString("N")[..4];
        await RegisterAndOpenCaseAsync(page, child);
        await ToIndstillingAsync(page);

        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Hvem afgør, og hvad koster det" });
        await Expect(panel).ToContainTextAsync("Vælg en indsats");
        await FillFamiliebehandlingAsync(page, "6");
        await Expect(panel).ToContainTextAsync("5.103,00");
        await Expect(panel).Not.ToContainTextAsync("Du selv");
        await Screenshots.SaveAsync(page, "sager-10-indstilling-panel-leader");

        // As the caseworker types 4 hours instead of 6, the panel says they decide it themselves, and what it costs.
        await page.GetByLabel("Omfang", new() { Exact = true }).FillAsync("4");
        await Expect(panel).ToContainTextAsync("Du selv");
        await Expect(panel).ToContainTextAsync("3.402,00");
        await Expect(panel).ToContainTextAsync("40.824,00");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "indstilling with its live panel", output);
        await Screenshots.SaveAsync(page, "sager-11-indstilling-panel-own");

        await page.GetByRole(AriaRole.Button, new() { Name = "Indsend indstillingen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(child);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "egen kompetence" })).ToBeVisibleAsync();

        await DoNextTaskAsync(page, "Partshøring før afgørelse", "Gennemført", ("Begrundelse", "Forældrene er enige i indstillingen."));
        await DoNextTaskAsync(page, "Træf afgørelse om indstillingen", "Bevilg", ("Begrundelse", "Indsatsen er nødvendig og den mindst indgribende."));
        await Expect(page.GetByText("Afgørelse: bevilget").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Registrér behovet og vælg et tilbud")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "sager-12-case-decided");

        // The same letter as PDF, downloaded from the case page.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent brevet som PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith(".pdf", download.SuggestedFilename);

        var letter = page.GetByRole(AriaRole.Link, new() { Name = "Se afgørelsesbrevet" });
        var href = await letter.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Expect(page.Locator("body")).ToContainTextAsync("Klagevejledning");
        await Expect(page.Locator("body")).ToContainTextAsync(child);
        await Screenshots.SaveAsync(page, "sager-13-afgoerelse-letter");
    }

    /// <summary>Test data an administrator would have set up: a provider with an internal offer and the provider's user.</summary>
    static async Task<(string ProviderName, string UserName)> ProviderWithOfferAsync(IPage admin)
    {
        var token = (await admin.Context.CookiesAsync()).Single(c => c.Name == "XSRF-TOKEN").Value;
        var headers = new Dictionary<string, string> { ["X-XSRF-TOKEN"] = token };
        var name = "Familiehuset Nord " + Guid.NewGuid().ToString("N")[..4];
        var provider = await admin.APIRequest.PostAsync("/api/providers", new() { DataObject = new { name }, Headers = headers });
        Assert.True(provider.Ok, await provider.TextAsync());
        var providerId = (await provider.JsonAsync())!.Value.GetProperty("id").GetString();
        var offer = await admin.APIRequest.PostAsync("/api/offers", new()
        {
            Headers = headers,
            DataObject = new
            {
                providerId, name = "Familiebehandling i hjemmet", type = "familiebehandling", targetGroup = "Familier med børn 0-17 år", legalBasis = "BL § 32",
                price = 800.00m, priceUnit = "timer-pr-maaned", capacity = 4, vacancies = 2, provision = "intern", financing = "ramme", approvedUntil = "2030-12-31",
            },
        });
        Assert.True(offer.Ok, await offer.TextAsync());
        var userName = $"lev{Guid.NewGuid():N}"[..9] + "@0621";
        var user = await admin.APIRequest.PostAsync("/api/users", new()
        {
            Headers = headers,
            DataObject = new { username = userName, displayName = name, password = "lang-nok-kode", roles = new[] { "Leverandoer" }, providerId },
        });
        Assert.True(user.Ok, await user.TextAsync());
        return (name, userName);
    }

    [Fact]
    public async Task Should_match_a_grant_let_the_provider_accept_the_order_in_the_browser_and_hold_the_start_meeting()
    {
        var admin = await studio.NewPageAsync();
        await admin.GotoAsync("/login");
        await StudioPage.SignInAsync(admin, "administrator@0621");
        await Expect(StudioPage.Navigation(admin)).ToBeVisibleAsync();
        var (providerName, providerUser) = await ProviderWithOfferAsync(admin);

        var page = await studio.NewPageAsync(1400, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@0621");
        var child = "Malou Friis " + Guid.NewGuid().ToString("N")[..4];
        await RegisterAndOpenCaseAsync(page, child);
        await ToIndstillingAsync(page);
        await FillFamiliebehandlingAsync(page, "4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Indsend indstillingen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(child);
        await DoNextTaskAsync(page, "Partshøring før afgørelse", "Gennemført", ("Begrundelse", "Forældrene er enige."));
        await DoNextTaskAsync(page, "Træf afgørelse om indstillingen", "Bevilg", ("Begrundelse", "Indsatsen er nødvendig."));

        // Matching: the need, then the provider's internal offer.
        var matching = page.GetByRole(AriaRole.Region, new() { Name = "Matchning" });
        await matching.GetByRole(AriaRole.Button, new() { Name = "Find tilbud" }).ClickAsync();
        var offer = matching.GetByRole(AriaRole.Row).Filter(new() { HasText = providerName });
        await Expect(offer).ToContainTextAsync("800,00");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "matching", output);
        await Screenshots.SaveAsync(page, "sager-16-matching");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Vælg" }).ClickAsync();
        var orders = page.GetByRole(AriaRole.Region, new() { Name = "Bestillinger" });
        await Expect(orders).ToContainTextAsync("Venter på svar");
        await Expect(orders).ToContainTextAsync(providerName);

        // The provider answers in the browser.
        var provider = await studio.NewPageAsync();
        await provider.GotoAsync("/login");
        await StudioPage.SignInAsync(provider, providerUser, "lang-nok-kode");
        await Expect(provider).ToHaveURLAsync(new Regex("/leverandoer$"));
        await Expect(StudioPage.Navigation(provider).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Bestillinger"]);
        var card = provider.GetByRole(AriaRole.Listitem).Filter(new() { HasText = child });
        await Expect(card).ToContainTextAsync("Faste rutiner morgen og aften");
        await AxeCheck.AssertNoBlockingViolationsAsync(provider, "provider's orders", output);
        await Screenshots.SaveAsync(provider, "sager-17-provider-orders");
        await card.GetByRole(AriaRole.Button, new() { Name = "Acceptér" }).ClickAsync();
        await Expect(provider.GetByRole(AriaRole.Status)).ToContainTextAsync("accepteret bestillingen til " + child);
        await Expect(provider.GetByRole(AriaRole.Region, new() { Name = "Besvarede" })).ToContainTextAsync("Accepteret");

        // The caseworker sees the answer and holds the start meeting; a first follow-up before the start is refused at its field.
        await page.ReloadAsync();
        await Expect(orders).ToContainTextAsync("Accepteret");
        var openTasks = page.GetByRole(AriaRole.Region, new() { Name = "Åbne opgaver" });
        await openTasks.GetByRole(AriaRole.Link, new() { Name = "Opstartsmøde" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Opstartsmøde");
        var start = FirstOfNextMonth();
        await page.GetByLabel("Mål").FillAsync("Faste rutiner morgen og aften");
        await page.GetByLabel("Hjælpen starter").FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Første opfølgning").FillAsync(start.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gennemført" }).ClickAsync();
        var followUp = page.GetByLabel("Første opfølgning");
        await Expect(page.Locator(".task-form .rjsf-field-string").Filter(new() { Has = followUp })).ToContainTextAsync("skal ligge efter den dag, hjælpen starter");
        await Expect(page.GetByLabel("Mål")).ToHaveValueAsync("Faste rutiner morgen og aften");
        await Screenshots.SaveAsync(page, "sager-18-start-meeting-server-error");
        await followUp.FillAsync(start.AddMonths(2).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gennemført" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(child);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Tidslinje" })).ToContainTextAsync("Opstartsmøde: Gennemført");
        await Screenshots.SaveAsync(page, "sager-19-after-start-meeting");
    }

    [Fact]
    public async Task Should_write_the_undersoegelse_that_saves_itself_and_start_the_indstilling_from_its_overall_assessment()
    {
        var page = await studio.NewPageAsync(1280, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@9902");
        var child = "Liva Holt " + Guid.NewGuid().ToString("N")[..4];
        await RegisterAndOpenCaseAsync(page, child);
        await DoNextTaskAsync(page, "Vurdér underretningen", "Børnefaglig undersøgelse", ("Begrundelse", "Skolen er bekymret."));
        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn undersøgelsen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Børnefaglig undersøgelse");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Familieforhold", Exact = true }).FillAsync("Mor er alene med tre børn og har lange arbejdsdage.");
        await page.GetByRole(AriaRole.Region, new() { Name = "Sundhedsforhold" }).GetByLabel("Ikke relevant").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Samlet vurdering", Exact = true }).FillAsync("Familien har brug for støtte til struktur i hverdagen.");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Gemt " })).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("tilbage");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "undersøgelse", output);
        await Screenshots.SaveAsync(page, "sager-20-undersoegelse");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Familieforhold", Exact = true })).ToHaveValueAsync("Mor er alene med tre børn og har lange arbejdsdage.");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Sundhedsforhold" }).GetByLabel("Ikke relevant")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til sagen" }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Åbne opgaver" }).GetByRole(AriaRole.Link, new() { Name = "Børnefaglig undersøgelse (§ 20)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Klar til indstilling" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv indstillingen" }).ClickAsync();
        await Expect(page.GetByLabel("Barnets behov")).ToHaveValueAsync(new Regex("Familien har brug for støtte til struktur i hverdagen"));
    }

    [Fact]
    public async Task Should_route_an_indstilling_to_the_forum_the_live_panel_names_and_show_its_meeting_on_the_case_page()
    {
        var page = await studio.NewPageAsync(1400, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@0706");
        var child = "Vera Kjær " + Guid.NewGuid().ToString("N")[..4];
        await RegisterAndOpenCaseAsync(page, child);
        await ToIndstillingAsync(page);
        await FillFamiliebehandlingAsync(page, "4");
        await page.GetByLabel("Barnets plan er udarbejdet").CheckAsync();

        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Hvem afgør, og hvad koster det" });
        await Expect(panel).ToContainTextAsync("næste møde");
        await Expect(panel).Not.ToContainTextAsync("Du selv");
        await Screenshots.SaveAsync(page, "sager-14-indstilling-panel-forum");

        await page.GetByRole(AriaRole.Button, new() { Name = "Indsend indstillingen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync(child);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Efter partshøringen kommer den på mødet" })).ToBeVisibleAsync();
        await DoNextTaskAsync(page, "Partshøring før afgørelse", "Gennemført", ("Begrundelse", "Forældrene er hørt."));
        var card = page.Locator(".card").Filter(new() { HasText = "Familiebehandling" });
        await Expect(card).ToContainTextAsync(new Regex("På .+s møde .+\\d{4}"));
        await DoNextTaskAsync(page, "Send kvittering til underretteren", "Kvittering sendt");
        await DoNextTaskAsync(page, "Orientér og hør forældremyndighedsindehaverne", "Gennemført");
        await Expect(page.GetByText(new Regex("Venter på mødet: .+ \\d{4}-\\d{2}-\\d{2}"))).ToBeVisibleAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "case page with a forum's meeting", output);
        await Screenshots.SaveAsync(page, "sager-15-case-on-forum");
    }
}
