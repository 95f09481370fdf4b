using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>The Administration workspace through the UI only: the competence plan, its simulator and versions, and municipalities.</summary>
[Collection(StudioCollection.Name)]
public sealed class AdministrationTests(StudioFixture studio)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task Should_show_the_forum_in_the_simulator_and_keep_the_plan_in_force_when_a_designer_moves_a_measure_to_the_forum_from_a_later_date()
    {
        var page = await studio.NewPageAsync(1440, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "procesdesigner@0167");
        await StudioPage.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/administration/kompetenceplan$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Kompetenceplan");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Beslutningstabel" });
        await Expect(table.Locator("tr[data-rule-id='hvi-fb-intern']")).ToContainTextAsync("leverandør intern");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Fund i kladden" })).ToContainTextAsync("Ingen fund");

        // Ask the simulator, and keep the question as an example.
        var simulator = page.GetByRole(AriaRole.Region, new() { Name = "Hvem træffer afgørelsen – og hvorfor?" });
        await simulator.GetByLabel("Foranstaltning").SelectOptionAsync("familiebehandling");
        await simulator.GetByLabel("Leverandør", new() { Exact = true }).SelectOptionAsync("intern");
        var draftAnswer = simulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Kladden") });
        var inForceAnswer = simulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Planen i kraft") });
        await Expect(draftAnswer).ToContainTextAsync("Afgøres af: Rådgiver");
        await Expect(inForceAnswer).ToContainTextAsync("Afgøres af: Rådgiver");
        await Expect(inForceAnswer).ToContainTextAsync("Regel hvi-fb-intern");
        await simulator.GetByLabel("Eksemplets navn").FillAsync("Familiebehandling, intern");
        await simulator.GetByRole(AriaRole.Button, new() { Name = "Gem som eksempel" }).ClickAsync();
        await Expect(simulator.GetByText("0 af 1 eksempler får et andet svar med kladden.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin-01-plan-and-simulator");

        // Move internal family treatment to the forum: the draft answers differently at once.
        await table.GetByLabel("Niveau, Række 1").SelectOptionAsync(new SelectOptionValue { Label = "Visitationsudvalg" });
        await Expect(draftAnswer).ToContainTextAsync("Afgøres af: Visitationsudvalg");
        await Expect(draftAnswer).ToContainTextAsync("forum");
        await Expect(inForceAnswer).ToContainTextAsync("Afgøres af: Rådgiver");
        await Expect(simulator.GetByText("1 af 1 eksempler får et andet svar med kladden.")).ToBeVisibleAsync();

        // A row without conditions is a finding, shown at its row, until it is removed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj række" }).ClickAsync();
        await Expect(table.GetByRole(AriaRole.List, new() { Name = "Række 8" })).ToContainTextAsync("Rækken har ingen betingelser");
        await Expect(table.GetByLabel("Niveau, Række 8")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Fund i kladden") })).ToContainTextAsync("Række 8");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Række 8: regel-8" })).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "plan editor with a finding");
        await Screenshots.SaveAsync(page, "admin-02-finding-at-its-row");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slet række 8" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Fund i kladden" })).ToContainTextAsync("Ingen fund");

        // Save it as a version that takes effect later: the plan in force still answers as before.
        var later = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");
        await page.GetByLabel("Træder i kraft").FillAsync(later);
        await page.GetByLabel("Hvad er ændret").FillAsync("Intern familiebehandling til visitationsudvalget");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Gem som version 2$") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Version 2 er gemt" })).ToContainTextAsync(later);
        await Expect(draftAnswer).ToContainTextAsync("Afgøres af: Visitationsudvalg");
        await Expect(inForceAnswer).ToContainTextAsync("Afgøres af: Rådgiver");
        var versions = page.GetByRole(AriaRole.Table, new() { Name = "Versioner" });
        await Expect(versions.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await versions.GetByRole(AriaRole.Button, new() { Name = "Sammenlign version 1 med kladden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Versioner" }))
            .ToContainTextAsync("Række hvi-fb-intern ændret: level");
        await Screenshots.SaveAsync(page, "admin-03-saved-with-later-date");

        // Replay the draft on the last year's indstillinger (the demo history may be empty; the report says so).
        await page.GetByRole(AriaRole.Button, new() { Name = "Afspil kladden" }).ClickAsync();
        var whatIf = page.GetByRole(AriaRole.Region, new() { Name = "Hvad nu hvis – det sidste års indstillinger" });
        await Expect(whatIf).ToContainTextAsync("indstillinger indsendt fra");
        await Expect(whatIf.GetByRole(AriaRole.Table, new() { Name = "Niveauer" }).Or(whatIf.GetByText("Ingen sag ville skifte niveau"))).Not.ToHaveCountAsync(0);
        await AssertNoBlockingViolationsAsync(page, "plan editor after a replay");

        // The shipped municipality file imports as the draft: internal family treatment is the rådgiver's again.
        await page.GetByLabel("Importér planfil").SetInputFilesAsync(Path.Combine(Screenshots.RepositoryRoot, "workflows", "municipalities", "0167-hvidovre.json"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "0167-hvidovre.json er hentet ind i kladden" })).ToBeVisibleAsync();
        await Expect(table.GetByLabel("Niveau, Række 1")).ToHaveValueAsync("raadgiver");
        await Expect(draftAnswer).ToContainTextAsync("Afgøres af: Rådgiver");

        // A leader reads the plan and asks the simulator, but changes nothing.
        var leader = await studio.NewPageAsync(1440, 900);
        await leader.GotoAsync("/administration/kompetenceplan");
        await StudioPage.SignInAsync(leader, "leder@0167");
        await Expect(leader.GetByText("kun procesdesignere og administratorer kan ændre den")).ToBeVisibleAsync();
        await Expect(leader.GetByLabel("Niveau, Række 1")).ToBeDisabledAsync();
        await Expect(leader.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Gem som version") })).ToHaveCountAsync(0);
        var leaderSimulator = leader.GetByRole(AriaRole.Region, new() { Name = "Hvem træffer afgørelsen – og hvorfor?" });
        await leaderSimulator.GetByLabel("Leverandør", new() { Exact = true }).SelectOptionAsync("intern");
        await Expect(leaderSimulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Kladden") })).ToContainTextAsync("Visitationsudvalg");
        await Expect(leaderSimulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Planen i kraft") })).ToContainTextAsync("Rådgiver");
        await AssertNoBlockingViolationsAsync(leader, "read-only plan");
        await Screenshots.SaveAsync(leader, "admin-04-leader-read-only");
    }

    [Fact]
    public async Task Should_take_a_new_municipality_from_nothing_to_a_plan_that_sends_a_measure_to_its_forum_when_its_administrator_configures_it()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "admin");

        await Expect(page).ToHaveURLAsync(new Regex("/administration/kommuner$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Kommuner");
        await page.GetByLabel("Kommunekode").FillAsync("12");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Testkommune");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret kommune" }).ClickAsync();
        await Expect(page.GetByLabel("Kommunekode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#kommune-code-errors")).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "municipalities with a refusal");

        await page.GetByLabel("Kommunekode").FillAsync("9977");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret kommune" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Kommuner" })).ToContainTextAsync("Testkommune");
        await page.GetByLabel("Brugernavn").FillAsync("admin@9977");
        await page.GetByLabel("Fulde navn").FillAsync("Første Administrator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret administrator" }).ClickAsync();
        await Expect(page.GetByText("Administratoren admin@9977 er inviteret.", new() { Exact = false })).ToBeVisibleAsync();
        var link = await page.GetByLabel("Invitationslink").InputValueAsync();
        await Screenshots.SaveAsync(page, "admin-05-kommuner");

        // The invitee, not the installation administrator, chooses the password through the one-time link.
        var invitee = await studio.NewPageAsync();
        await invitee.GotoAsync(link);
        await Expect(StudioPage.Heading(invitee)).ToHaveTextAsync("Vælg din adgangskode");
        await invitee.GetByLabel("Ny adgangskode").FillAsync("en-lang-adgangskode-1");
        await invitee.GetByLabel("Gentag adgangskoden").FillAsync("en-lang-adgangskode-1");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Gem adgangskode" }).ClickAsync();
        await Expect(invitee.GetByText("Adgangskoden er gemt.", new() { Exact = false })).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(invitee, "invitation accepted");
        await Screenshots.SaveAsync(invitee, "admin-05b-invitation");

        // The new municipality's administrator adds its levels, a refusal shown at its field first.
        var admin = await studio.NewPageAsync(1440, 900);
        await admin.GotoAsync("/administration/organisation");
        await StudioPage.SignInAsync(admin, "admin@9977", "en-lang-adgangskode-1");
        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Organisation");
        var addLevel = admin.GetByRole(AriaRole.Form, new() { Name = "Tilføj niveau" });
        await addLevel.GetByLabel("Id").FillAsync("Ugyldigt Id");
        await addLevel.GetByLabel("Navn").FillAsync("Rådgiver");
        await addLevel.GetByRole(AriaRole.Button, new() { Name = "Tilføj niveau" }).ClickAsync();
        await Expect(addLevel.GetByLabel("Id")).ToHaveAttributeAsync("aria-invalid", "true");
        await addLevel.GetByLabel("Id").FillAsync("raadgiver");
        await addLevel.GetByRole(AriaRole.Button, new() { Name = "Tilføj niveau" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Niveauet Rådgiver er tilføjet." })).ToBeVisibleAsync();
        await addLevel.GetByLabel("Id").FillAsync("familieudvalg");
        await addLevel.GetByLabel("Navn").FillAsync("Familieudvalget");
        await addLevel.GetByLabel("Slags").SelectOptionAsync(new SelectOptionValue { Label = "Forum" });
        await addLevel.GetByRole(AriaRole.Button, new() { Name = "Tilføj niveau" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Table, new() { Name = "Kompetenceniveauer" })).ToContainTextAsync("familieudvalg");
        await AssertNoBlockingViolationsAsync(admin, "organisation");
        await Screenshots.SaveAsync(admin, "admin-06-organisation");

        // The forum's chair: a leader the administrator creates (nobody seats themselves in a forum that decides).
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Administrationens sider" })
            .GetByRole(AriaRole.Link, new() { Name = "Brugere" }).ClickAsync();
        var createUser = admin.GetByRole(AriaRole.Region, new() { Name = "Opret bruger" });
        await createUser.GetByLabel("Brugernavn").FillAsync("leder@9977");
        await createUser.GetByLabel("Navn", new() { Exact = true }).FillAsync("Lone Leder");
        await createUser.GetByLabel("Første adgangskode").FillAsync("en-lang-adgangskode-2");
        await createUser.GetByRole(AriaRole.Checkbox, new() { Name = "Leder" }).CheckAsync();
        await createUser.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Lone Leder");

        // The forum that meets for the level: a refusal at its field, then saved.
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Administrationens sider" })
            .GetByRole(AriaRole.Link, new() { Name = "Fora" }).ClickAsync();
        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Fora");
        var forumForm = admin.GetByRole(AriaRole.Form, new() { Name = "Opret forum" });
        await forumForm.GetByLabel("Kompetenceniveau (forum)").SelectOptionAsync(new SelectOptionValue { Label = "Familieudvalget" });
        await forumForm.GetByLabel("Formand").SelectOptionAsync("leder@9977");
        await forumForm.GetByRole(AriaRole.Group, new() { Name = "Medlemmer" }).GetByLabel(new Regex("leder@9977")).CheckAsync();
        await forumForm.GetByRole(AriaRole.Button, new() { Name = "Opret forum" }).ClickAsync();
        await Expect(forumForm.GetByLabel("Navn")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertNoBlockingViolationsAsync(admin, "forum form with a refusal");
        await forumForm.GetByLabel("Navn").FillAsync("Familieudvalget");
        await forumForm.GetByRole(AriaRole.Button, new() { Name = "Opret forum" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Table, new() { Name = "Fora" })).ToContainTextAsync("hver 1. uge, torsdag kl. 09:00");
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Forummet Familieudvalget er gemt." })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(admin, "admin-07-forum");

        // From an empty plan: every measure to the forum; the simulator says so before anything is saved.
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Administrationens sider" })
            .GetByRole(AriaRole.Link, new() { Name = "Kompetenceplan" }).ClickAsync();
        await Expect(admin.GetByText("Ingen version er i kraft endnu.")).ToBeVisibleAsync();
        var simulator = admin.GetByRole(AriaRole.Region, new() { Name = "Hvem træffer afgørelsen – og hvorfor?" });
        await Expect(admin.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Fund i kladden") })).ToContainTextAsync("Række 1");
        await admin.GetByLabel("Niveau, Række 1").SelectOptionAsync(new SelectOptionValue { Label = "Familieudvalget" });
        await Expect(admin.GetByRole(AriaRole.Region, new() { Name = "Fund i kladden" })).ToContainTextAsync("Ingen fund");
        await simulator.GetByLabel("Foranstaltning").SelectOptionAsync("aflastning");
        await Expect(simulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Kladden") })).ToContainTextAsync("Afgøres af: Familieudvalget");
        await Expect(simulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Kladden") })).ToContainTextAsync("forum");
        await Expect(simulator.GetByRole(AriaRole.Article, new() { Name = "Ingen plan i kraft" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem som version 1" }).ClickAsync();
        await Expect(admin.GetByText("I kraft: version 1")).ToBeVisibleAsync();
        await Expect(simulator.GetByRole(AriaRole.Article, new() { NameRegex = new Regex("^Planen i kraft") })).ToContainTextAsync("Familieudvalget");
        await Screenshots.SaveAsync(admin, "admin-08-first-plan");
    }

    private static async Task AssertNoBlockingViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on the {what} ({page.Url}):\n" + string.Join("\n", blocking));
    }
}
