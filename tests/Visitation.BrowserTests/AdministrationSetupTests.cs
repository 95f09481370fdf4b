using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The Administration workspace's users, offer catalogue, deadlines and case flow, through the UI only, and the competence plan
/// fitting a 1280 px window.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class AdministrationSetupTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_let_a_new_user_sign_in_with_the_role_and_level_the_administrator_gave_and_lock_them_out_when_deactivated()
    {
        var userName = $"ny{Guid.NewGuid():N}"[..10] + "@0410";
        var admin = await studio.NewPageAsync(1280, 900);
        await admin.GotoAsync("/administration/brugere");
        await StudioPage.SignInAsync(admin, "administrator@0410");
        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Brugere");

        // A user without a role is refused at the roles.
        var create = admin.GetByRole(AriaRole.Region, new() { Name = "Opret bruger" });
        await create.GetByLabel("Brugernavn").FillAsync(userName);
        await create.GetByLabel("Navn", new() { Exact = true }).FillAsync("Nina Nyansat");
        await create.GetByLabel("Første adgangskode").FillAsync("en-lang-adgangskode-1");
        await create.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
        await Expect(create.GetByRole(AriaRole.Group, new() { Name = "Roller" })).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.AssertNoBlockingViolationsAsync(admin, "users with a refusal", output);
        await create.GetByRole(AriaRole.Checkbox, new() { Name = "Leder" }).CheckAsync();
        await create.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();

        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Nina Nyansat");
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nina Nyansat er oprettet" })).ToBeVisibleAsync();
        var levels = admin.GetByRole(AriaRole.Region, new() { Name = "Kompetenceniveauer" });
        await levels.GetByRole(AriaRole.Checkbox, new() { Name = "Teamleder" }).CheckAsync();
        await levels.GetByLabel("Begrundelse").FillAsync("Ny teamleder");
        await levels.GetByRole(AriaRole.Button, new() { Name = "Gem niveauer" }).ClickAsync();
        await Expect(levels.GetByText("Niveauerne er gemt.")).ToBeVisibleAsync();
        var history = admin.GetByRole(AriaRole.Table, new() { Name = "Historik" });
        await Expect(history).ToContainTextAsync("Ny teamleder");
        await AxeCheck.AssertNoBlockingViolationsAsync(admin, "a user's page", output);
        await Screenshots.SaveAsync(admin, "admin-users-01-new-user");

        // The list finds the user by level and role.
        await admin.GetByRole(AriaRole.Link, new() { Name = "← Alle brugere" }).ClickAsync();
        await Expect(StudioPage.Heading(admin)).ToHaveTextAsync("Brugere");
        await admin.GetByLabel("Kompetenceniveau", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Teamleder" });
        await admin.GetByLabel("Navn eller brugernavn").FillAsync("Nina");
        var list = admin.GetByRole(AriaRole.Table, new() { Name = "Alle brugere" });
        await Expect(list.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(list).ToContainTextAsync("Teamleder");
        await Expect(admin).ToHaveURLAsync(new Regex("niveau=teamleder"));
        await Screenshots.SaveAsync(admin, "admin-users-02-search");

        // The user signs in and lands in the leaders' workspace.
        var user = await studio.NewPageAsync();
        await user.GotoAsync("/login");
        await StudioPage.SignInAsync(user, userName, "en-lang-adgangskode-1");
        await Expect(StudioPage.Navigation(user).GetByRole(AriaRole.Link, new() { Name = "Møder" })).ToBeVisibleAsync();

        // Deactivated: the session ends at once. Reactivated: the user signs in again.
        await list.GetByRole(AriaRole.Link, new() { Name = "Nina Nyansat" }).ClickAsync();
        var access = admin.GetByRole(AriaRole.Region, new() { Name = "Adgang", Exact = true });
        await access.GetByRole(AriaRole.Button, new() { Name = "Deaktivér" }).ClickAsync();
        await Expect(access.GetByLabel("Begrundelse")).ToHaveAttributeAsync("aria-invalid", "true");
        await access.GetByLabel("Begrundelse").FillAsync("Orlov");
        await access.GetByRole(AriaRole.Button, new() { Name = "Deaktivér" }).ClickAsync();
        await Expect(access.GetByText("Nina Nyansat er deaktiveret.")).ToBeVisibleAsync();
        await Expect(admin.GetByText("Deaktiveret", new() { Exact = true }).First).ToBeVisibleAsync();
        await user.ReloadAsync();
        await Expect(user.GetByLabel("Brugernavn")).ToBeVisibleAsync();
        await access.GetByLabel("Begrundelse").FillAsync("Tilbage fra orlov");
        await access.GetByRole(AriaRole.Button, new() { Name = "Genaktivér" }).ClickAsync();
        await Expect(access.GetByText("Nina Nyansat er genaktiveret.")).ToBeVisibleAsync();

        // Wrong passwords lock the account; the administrator unlocks it and the user gets in.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await StudioPage.SignInAsync(user, userName, "forkert-adgangskode");
            await Expect(user.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }
        await admin.ReloadAsync();
        await Expect(admin.GetByText("Låst efter forkerte adgangskoder")).ToBeVisibleAsync();
        await access.GetByLabel("Begrundelse").FillAsync("Ringede selv");
        await access.GetByRole(AriaRole.Button, new() { Name = "Ophæv låsning" }).ClickAsync();
        await Expect(access.GetByText("Låsningen af Nina Nyansat er ophævet.")).ToBeVisibleAsync();
        await Expect(history).ToContainTextAsync("Låsning ophævet");
        await Screenshots.SaveAsync(admin, "admin-users-03-history");
        await StudioPage.SignInAsync(user, userName, "en-lang-adgangskode-1");
        await Expect(StudioPage.Navigation(user).GetByRole(AriaRole.Link, new() { Name = "Møder" })).ToBeVisibleAsync();

        // The administrator's own account: rights and access are not theirs to change.
        await admin.GetByRole(AriaRole.Link, new() { Name = "← Alle brugere" }).ClickAsync();
        await admin.GetByLabel("Navn eller brugernavn").FillAsync("administrator@0410");
        await admin.GetByRole(AriaRole.Table, new() { Name = "Alle brugere" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(admin.GetByText("Det er din egen konto")).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Gem roller" })).ToBeDisabledAsync();
        await Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Deaktivér" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Should_show_every_wrong_line_of_a_catalogue_file_import_nothing_and_import_it_once_corrected()
    {
        var provider = $"Udbyder {Guid.NewGuid():N}"[..16];
        var page = await studio.NewPageAsync(1280, 900);
        await page.GotoAsync("/administration/tilbud");
        await StudioPage.SignInAsync(page, "administrator@0410");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Tilbudskatalog");

        var good = $"{provider};Weekendaflastning;aflastning;BL § 32;1.250,50;doegn;ekstern;takst";
        var csv = "udbyder;navn;type;lovgrundlag;pris;prisenhed;intern_ekstern;finansiering\n"
            + $"{provider};Familiestøtte;familiebehandling;BL § 32;725,50;timer-pr-maaned;ekstern;takst\n"
            + $"{provider};Weekendaflastning;aflastning;BL § 32;mange penge;doegn;ekstern;takst\n";
        var import = page.GetByRole(AriaRole.Region, new() { Name = "Importér fra CSV" });
        await import.GetByLabel("Filens indhold").FillAsync(csv);
        await import.GetByRole(AriaRole.Button, new() { Name = "Forhåndsvis" }).ClickAsync();
        await Expect(import.GetByRole(AriaRole.Alert)).ToContainTextAsync("Linje 3, kolonne price");
        await Expect(import.GetByRole(AriaRole.Button, new() { Name = "Importér", Exact = true })).ToBeDisabledAsync();
        var preview = import.GetByRole(AriaRole.Table, new() { Name = "Hvad importen vil gøre" });
        await Expect(preview.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Fejl i linjen");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Tilbud" })).Not.ToContainTextAsync(provider);
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "catalogue import with wrong lines", output);
        await Screenshots.SaveAsync(page, "admin-tilbud-01-preview-with-errors");

        await import.GetByLabel("Filens indhold").FillAsync(csv.Replace($"{provider};Weekendaflastning;aflastning;BL § 32;mange penge;doegn;ekstern;takst", good));
        await import.GetByRole(AriaRole.Button, new() { Name = "Forhåndsvis" }).ClickAsync();
        await Expect(import.GetByText("Ingen fejl: 2 linjer kan importeres.")).ToBeVisibleAsync();
        await import.GetByRole(AriaRole.Button, new() { Name = "Importér", Exact = true }).ClickAsync();
        await Expect(import.GetByRole(AriaRole.Status)).ToContainTextAsync("2 linjer er importeret: 2 nye tilbud");
        await page.GetByLabel("Søg i navn, leverandør, type eller sted").FillAsync(provider);
        var offers = page.GetByRole(AriaRole.Table, new() { Name = "Tilbud" });
        await Expect(offers.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(offers).ToContainTextAsync("1.250,50 kr.");
        await Screenshots.SaveAsync(page, "admin-tilbud-02-imported");
    }

    [Fact]
    public async Task Should_refuse_a_looser_local_deadline_at_its_field_and_show_a_stricter_one_from_its_date()
    {
        var page = await studio.NewPageAsync(1280, 900);
        await page.GotoAsync("/administration/frister");
        await StudioPage.SignInAsync(page, "administrator@0410");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Frister og kadencer");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Frister og kadencer" }).GetByRole(AriaRole.Row);
        await Expect(rows.Nth(1)).ToBeVisibleAsync();
        Assert.True(await PageScrollsSidewaysByAsync(page) <= 0, "The deadlines page scrolls sideways at 1280 px.");
        await Screenshots.SaveAsync(page, "admin-frister-01-rules");

        var first = rows.Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^Børnefaglig undersøgelse afsluttet") }) });
        await first.GetByRole(AriaRole.Button, new() { Name = "Lokalt mål" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { NameRegex = new Regex("^Lokalt mål for") });
        await form.GetByLabel("Angives som").SelectOptionAsync("duration");
        var value = form.GetByLabel("Periode (ISO 8601, fx P3M)");
        await value.FillAsync("P5M");
        var date = DateTime.UtcNow.AddDays(400).ToString("yyyy-MM-dd");
        await form.GetByLabel("Træder i kraft").FillAsync(date);
        await form.GetByLabel("Begrundelse").FillAsync("Lokal politik");
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem lokalt mål" }).ClickAsync();
        await Expect(value).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "deadlines with a refusal", output);
        await Screenshots.SaveAsync(page, "admin-frister-02-refused");

        await value.FillAsync("P3M");
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem lokalt mål" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("er gemt");
        await Expect(first).ToContainTextAsync("3 måneder fra");
        await Screenshots.SaveAsync(page, "admin-frister-03-saved");

        // A follow-up cadence looser than the law is refused at its field; a closer one is kept.
        var cadences = page.GetByRole(AriaRole.Region, new() { Name = "Opfølgningskadencer" });
        await cadences.GetByLabel("Gælder for").SelectOptionAsync("IndsatsType");
        await cadences.GetByLabel("Nøgle (fx familiebehandling").FillAsync("aflastning");
        var steps = cadences.GetByLabel("Trin, kommasepareret");
        await steps.FillAsync("P12M");
        await cadences.GetByLabel("Begrundelse").FillAsync("Tæt opfølgning på aflastning");
        await cadences.GetByRole(AriaRole.Button, new() { Name = "Gem kadence" }).ClickAsync();
        await Expect(steps).ToHaveAttributeAsync("aria-invalid", "true");
        await steps.FillAsync("P1M x 2, P2M");
        await cadences.GetByRole(AriaRole.Button, new() { Name = "Gem kadence" }).ClickAsync();
        await Expect(cadences.GetByRole(AriaRole.Status)).ToContainTextAsync("Kadencen for aflastning er gemt.");
        await Expect(cadences.GetByRole(AriaRole.Table, new() { Name = "Kommunens kadencer" })).ToContainTextAsync("Tæt opfølgning på aflastning");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "cadences", output);
        await Screenshots.SaveAsync(page, "admin-frister-04-cadence");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sagsflow" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Sagsflow");
        await Expect(page.GetByLabel("Publiceret flow")).ToBeVisibleAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "case flow", output);
        await Screenshots.SaveAsync(page, "admin-sagsflow");
    }

    [Fact]
    public async Task Should_fit_the_competence_plan_in_a_1280_pixel_window_with_the_table_scrolling_in_its_own_region()
    {
        var page = await studio.NewPageAsync(1280, 800);
        await page.GotoAsync("/administration/kompetenceplan");
        await StudioPage.SignInAsync(page, "procesdesigner@0410");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Beslutningstabel" })).ToBeVisibleAsync();

        var overflow = await PageScrollsSidewaysByAsync(page);
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px at 1280 px.");
        await Screenshots.SaveAsync(page, "admin-plan-1280");
    }

    private static Task<int> PageScrollsSidewaysByAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
