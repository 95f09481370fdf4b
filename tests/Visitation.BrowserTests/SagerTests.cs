using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The caseworkers' workspace, driven only through the UI: register an underretning by keyboard (its effort measured),
/// assess it on its task form, read it back on the case page, find it on the work list, and the bad-input paths.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class SagerTests(StudioFixture studio, ITestOutputHelper output)
{
    /// <summary>A valid CPR number no other test uses: a child born 2010-2024, sequence digits at random.</summary>
    public static string NewCpr()
    {
        var date = new DateOnly(2010, 1, 1).AddDays(Random.Shared.Next(0, 365 * 14));
        return $"{date:ddMMyy}4{Random.Shared.Next(0, 1000):000}";
    }

    /// <summary>Counts what a keyboard user presses: every character typed, every Tab and every Enter, and the fields typed into.</summary>
    public sealed class Effort(IPage page)
    {
        public int Keys { get; private set; }

        public int Fields { get; private set; }

        public async Task TabToAsync(ILocator target)
        {
            for (var i = 0; i < 30; i++)
            {
                if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
                await page.Keyboard.PressAsync("Tab");
                Keys++;
            }
            throw new InvalidOperationException("Tab never reached the field.");
        }

        public async Task TypeAsync(ILocator field, string text)
        {
            await TabToAsync(field);
            await page.Keyboard.TypeAsync(text);
            Keys += text.Length;
            Fields++;
        }

        public async Task PressAsync(ILocator target, string key)
        {
            await TabToAsync(target);
            await page.Keyboard.PressAsync(key);
            Keys++;
        }
    }

    [Fact]
    public async Task Should_register_an_underretning_by_keyboard_assess_it_on_its_task_form_and_read_both_back_on_the_case_page_and_the_work_list()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@9901");
        await Expect(page).ToHaveURLAsync(new Regex("/sager$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Sager");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine opgaver" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrér underretning" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Registrér underretning");
        await Expect(StudioPage.Heading(page)).ToBeFocusedAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "registration form", output);

        // The typical registration, by keyboard only: a teacher's underretning about one child with one custody holder.
        var cpr = NewCpr();
        var surname = "Holm" + Guid.NewGuid().ToString("N")[..4];
        var started = DateTime.UtcNow;
        var effort = new Effort(page);
        await effort.TypeAsync(page.GetByLabel("Navn", new() { Exact = true }), "Hanne Krog");
        await effort.TypeAsync(page.GetByLabel("Arbejdssted (valgfrit)"), "Nordskolen");
        await effort.TypeAsync(page.GetByLabel("Indhold"), "Ida kommer ofte sulten i skole og har blå mærker på armene.");
        await effort.TypeAsync(page.GetByLabel("CPR-nummer"), cpr);
        await Expect(page.GetByText("Ingen sag på barnet; der oprettes en ny.")).ToBeVisibleAsync();
        await effort.TypeAsync(page.GetByLabel("Barnets navn"), "Ida " + surname);
        await effort.TypeAsync(page.GetByLabel("Navn 1"), "Mette " + surname);
        await effort.TypeAsync(page.GetByLabel("Relation"), "mor");
        await Screenshots.SaveAsync(page, "sager-01-registration-filled");
        await effort.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }), "Enter");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Underretningen er registreret");
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        var report = $"Typical underretning by keyboard: {effort.Fields} fields typed into (of 12 on the form, received-at defaulting to now), " +
                     $"{effort.Keys} keystrokes (characters, Tab and Enter), {seconds:0.0} s scripted.";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Screenshots.RepositoryRoot, "artifacts", "registration-effort.txt"), report + "\n");
        Assert.True(effort.Fields < 15, report);
        await Screenshots.SaveAsync(page, "sager-02-registered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn sagen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Ida " + surname);
        var masked = cpr[..6] + "-XXXX";
        await Expect(page.GetByText(masked)).ToBeVisibleAsync();
        await Expect(page.GetByText(cpr[6..])).ToHaveCountAsync(0);
        await Expect(page.GetByText("Næste opgave: Vurdér underretningen")).ToBeVisibleAsync();
        await Expect(page.GetByText("Underretning modtaget fra Fagperson")).ToBeVisibleAsync();
        await Expect(page.GetByText("Mette " + surname)).ToBeVisibleAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "case page", output);
        await Screenshots.SaveAsync(page, "sager-03-case-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis CPR-nummer" }).ClickAsync();
        await Expect(page.GetByText(cpr[..6] + "-" + cpr[6..])).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skjul" }).ClickAsync();
        await Expect(page.GetByText(masked)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn opgaven" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Vurdér underretningen");
        var begrundelse = page.GetByLabel("Begrundelse");
        await begrundelse.FillAsync("Skolens bekymring er alvorlig; der skal laves en børnefaglig undersøgelse.");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "task form", output);
        await Screenshots.SaveAsync(page, "sager-04-task-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Børnefaglig undersøgelse" }).ClickAsync();

        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Ida " + surname);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "er udført" })).ToContainTextAsync("Børnefaglig undersøgelse");
        var timeline = page.GetByRole(AriaRole.List).Filter(new() { HasText = "Underretning modtaget" });
        await Expect(timeline).ToContainTextAsync("Vurdér underretningen: Børnefaglig undersøgelse");
        await Expect(timeline).ToContainTextAsync("Skolens bekymring er alvorlig");
        await Screenshots.SaveAsync(page, "sager-05-case-after-assessment");

        await StudioPage.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Sager" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Sager");
        await page.GetByLabel("Søg", new() { Exact = true }).FillAsync(surname);
        await Expect(page).ToHaveURLAsync(new Regex($"q={surname}"));
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ida " + surname });
        await Expect(rows.First).ToContainTextAsync(masked);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Holm" }).Filter(new() { HasNotText = surname })).ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { HasText = "Børnefaglig undersøgelse (§ 20)" })).ToHaveCountAsync(1);
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "work list", output);
        await Screenshots.SaveAsync(page, "sager-06-work-list-search");

        // The shared link opens the same list.
        var shared = await studio.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await StudioPage.SignInAsync(shared, "raadgiver@9901");
        await Expect(shared.GetByLabel("Søg", new() { Exact = true })).ToHaveValueAsync(surname);
        await Expect(shared.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ida " + surname }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_show_the_servers_field_errors_at_their_fields_and_keep_what_was_typed_in_the_registration_and_a_task_draft()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/sager/ny-underretning");
        await StudioPage.SignInAsync(page, "raadgiver@9901");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Registrér underretning");
        var surname = "Lund" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Hanne Krog");
        await page.GetByLabel("Indhold").FillAsync("Naboen hører råb om natten.");
        await page.GetByLabel("CPR-nummer").FillAsync(NewCpr());
        await page.GetByLabel("Barnets navn").FillAsync("Otto " + surname);
        await page.GetByLabel("Modtaget").FillAsync(DateTime.Now.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }).ClickAsync();

        var received = page.GetByLabel("Modtaget");
        await Expect(received).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(received).ToBeFocusedAsync();
        await Expect(page.Locator(".field", new() { Has = received })).ToContainTextAsync("fremtiden");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("intet af det indtastede er tabt");
        await Expect(page.GetByLabel("Indhold")).ToHaveValueAsync("Naboen hører råb om natten.");
        await Expect(page.GetByLabel("Barnets navn")).ToHaveValueAsync("Otto " + surname);
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "registration with a server error", output);
        await Screenshots.SaveAsync(page, "sager-07-registration-server-error");

        await received.FillAsync(DateTime.Now.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Underretningen er registreret");
        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn sagen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Åbn opgaven" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Vurdér underretningen");

        // The form's own check, in Danish, at the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingen handling" }).ClickAsync();
        await Expect(page.Locator(".task-form")).ToContainTextAsync("Skal udfyldes.");
        await Screenshots.SaveAsync(page, "sager-08-task-form-required");

        // A draft survives leaving the page.
        var taskUrl = page.Url;
        await page.GetByLabel("Begrundelse").FillAsync("Halvfærdig tanke om naboens oplysninger");
        await Expect(page.GetByText("Din kladde gemmes")).ToBeVisibleAsync();
        await StudioPage.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Sager" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Sager");
        await page.GotoAsync(taskUrl);
        await Expect(page.GetByLabel("Begrundelse")).ToHaveValueAsync("Halvfærdig tanke om naboens oplysninger");
    }

    [Fact]
    public async Task Should_give_a_task_back_and_take_it_again_from_the_work_list()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/sager/ny-underretning");
        await StudioPage.SignInAsync(page, "raadgiver@9902");
        var surname = "Berg" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByRole(AriaRole.Radio, new() { Name = "Anonym" }).CheckAsync();
        await page.GetByLabel("Indhold").FillAsync("Anonym henvendelse om et barn alene hjemme.");
        await page.GetByLabel("CPR-nummer").FillAsync(NewCpr());
        await page.GetByLabel("Barnets navn").FillAsync("Alma " + surname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }).ClickAsync();
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Underretningen er registreret");

        await page.GotoAsync($"/sager?q={surname}");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vurdér underretningen" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Læg tilbage" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "er lagt tilbage" })).ToHaveCountAsync(1);
        await Expect(row).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Kan tages" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("visning=candidate"));
        var candidate = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vurdér underretningen" }).Filter(new() { HasText = "Alma " + surname });
        await Expect(candidate).ToContainTextAsync("Ingen");
        await Screenshots.SaveAsync(page, "sager-09-candidate-view");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Tag opgaven" }).ClickAsync();
        await Expect(candidate).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mine opgaver" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vurdér underretningen" }).Filter(new() { HasText = "Alma " + surname }))
            .ToContainTextAsync("Mig");
    }

    [Fact]
    public async Task Should_hand_a_case_over_to_a_colleague_who_takes_it_over_from_the_case_page()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@9901");
        var child = "Emil Skov " + Guid.NewGuid().ToString("N")[..4];
        await IndstillingTests.RegisterAndOpenCaseAsync(page, child);
        var people = page.GetByRole(AriaRole.Region, new() { Name = "Personer" });
        await people.GetByRole(AriaRole.Button, new() { Name = "Overdrag sagen" }).ClickAsync();
        await people.GetByLabel("Til").SelectOptionAsync(new SelectOptionValue { Value = "leder@9901" });
        await people.GetByRole(AriaRole.Button, new() { Name = "Tilbyd sagen" }).ClickAsync();
        await Expect(people).ToContainTextAsync("tilbudt leder@9901");
        var caseUrl = page.Url;

        var leader = await studio.NewPageAsync();
        await leader.GotoAsync(caseUrl);
        await StudioPage.SignInAsync(leader, "leder@9901");
        await Expect(StudioPage.Heading(leader)).ToHaveTextAsync(child);
        var theirs = leader.GetByRole(AriaRole.Region, new() { Name = "Personer" });
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Overtag sagen" }).ClickAsync();
        await Expect(theirs.GetByRole(AriaRole.Definition).First).ToHaveTextAsync(new Regex("^leder@9901"));
        await Expect(theirs).Not.ToContainTextAsync("tilbudt");
        await AxeCheck.AssertNoBlockingViolationsAsync(leader, "case page after a handover", output);
    }
}
