using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The leaders' workspace. Syddjurs (0706) sends every measure to its visitationsudvalg, chaired by leder@0706 with oekonomi@0706 as member,
/// meeting on Tuesdays at 09:00; the caseworker's cases are seeded through the API, as the caseworker would have made them in Sager.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class MoederTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_show_the_chair_the_coming_meeting_and_its_agenda_with_each_items_cost_and_the_total_and_let_the_agenda_be_ordered_by_keyboard_and_drag()
    {
        // Two family-therapy measures for the same six months: 6 h × 850,50 kr. and 3 h × 1.000,25 kr. a month.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var end = start.AddMonths(6).AddDays(-1);
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0706");
        var ida = await seed.QueuedAsync("Ida Holm", 6, 850.50m, start, end);
        var otto = await seed.QueuedAsync("Otto Holm", 3, 1000.25m, start, end);
        Assert.Equal(ida.MeetingId, otto.MeetingId);

        var page = await studio.NewPageAsync();
        await page.GotoAsync("/");
        await StudioPage.SignInAsync(page, "leder@0706");
        await Expect(page).ToHaveURLAsync(new Regex("/moeder$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Møder");
        var forum = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.Locator($"a[href='/moeder/{ida.ForumId}/{ida.MeetingId}']") });
        await Expect(forum).ToContainTextAsync("Du er formand, medlem");
        var row = forum.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator($"a[href='/moeder/{ida.ForumId}/{ida.MeetingId}']") });
        await Expect(row).ToContainTextAsync("2 af 8 pladser");
        await Expect(row).ToContainTextAsync("Planlagt");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Venter på din godkendelse" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "my meetings", output);
        await Screenshots.SaveAsync(page, "moeder-01-my-meetings");

        // By keyboard from the meeting's link to its agenda.
        await row.GetByRole(AriaRole.Link).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/moeder/{ida.ForumId}/{ida.MeetingId}$"));
        await Expect(StudioPage.Heading(page)).ToContainTextAsync("Visitationsudvalg");
        await Expect(StudioPage.Heading(page)).ToBeFocusedAsync();
        var items = page.GetByRole(AriaRole.Main).Locator(".moeder-agenda > li");
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(0)).ToContainTextAsync("Ida Holm");
        await Expect(items.Nth(0)).ToContainTextAsync(new Regex(@"Ida Holm \d{6}-XXXX"));
        await Expect(items.Nth(0)).ToContainTextAsync("Punkt 1. Familiebehandling");
        await Expect(items.Nth(0)).ToContainTextAsync("6 timer om måneden à 850,50 kr.");
        await Expect(items.Nth(0)).ToContainTextAsync("regel syd-fb-standard, niveau Visitationsudvalg");
        // 6 × 850,50 kr. = 5.103,00 kr. a month for six months; 3 × 1.000,25 kr. = 3.000,75 kr. a month.
        await Expect(items.Nth(0).Locator(".moeder-costs")).ToContainTextAsync("Årlig udgift30.618,00 kr.");
        await Expect(items.Nth(1).Locator(".moeder-costs")).ToContainTextAsync("Årlig udgift18.004,50 kr.");
        await Expect(page.GetByTestId("total-annual")).ToHaveTextAsync("48.622,50 kr.");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "agenda", output);
        await Screenshots.SaveAsync(page, "moeder-02-agenda");

        // The keyboard: Space picks Ida's item up, the down arrow moves it below Otto's, Space puts it down.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Flyt punkt 1 (sag {ida.CaseNumber})" }).FocusAsync();
        // Each step waits for what the screen reader hears, as a person waits for the item to follow the key.
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByText("Punkt 1. er over plads 1.")).ToBeAttachedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByText("Punkt 1. er over plads 2.")).ToBeAttachedAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByText("Punkt 1. er sat på plads 2.")).ToBeAttachedAsync();
        await Expect(items.Nth(0)).ToContainTextAsync("Otto Holm");
        await Expect(items.Nth(0)).ToContainTextAsync("Punkt 1.");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Rækkefølgen er gemt." })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(items.Nth(0)).ToContainTextAsync("Otto Holm");
        await Expect(items.Nth(1)).ToContainTextAsync("Ida Holm");
        await Screenshots.SaveAsync(page, "moeder-03-agenda-reordered");

        // The mouse: Ida's handle dragged above Otto's item, on a screen tall enough to show both.
        await page.SetViewportSizeAsync(1280, 1800);
        var handle = page.GetByRole(AriaRole.Button, new() { Name = $"Flyt punkt 2 (sag {ida.CaseNumber})" });
        var from = (await handle.BoundingBoxAsync())!;
        var to = (await items.Nth(0).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2, to.Y + 10, new() { Steps = 12 });
        await page.Mouse.UpAsync();
        await Expect(items.Nth(0)).ToContainTextAsync("Ida Holm");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Rækkefølgen er gemt." })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(items.Nth(0)).ToContainTextAsync("Ida Holm");

        // Otto's item goes to the next meeting; the total follows.
        var move = page.GetByLabel("Flyt punkt 2 til et senere møde");
        await move.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await items.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Flyt", Exact = true }).ClickAsync();
        await Expect(items).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("total-annual")).ToHaveTextAsync("30.618,00 kr.");
        await Screenshots.SaveAsync(page, "moeder-04-agenda-item-moved");
    }

    /// <summary>
    /// Hvidovre (0167) sends family therapy from an external provider to its visitationsudvalg: leder@0167 chairs it and keeps its meetings,
    /// oekonomi@0167 is a member.
    /// </summary>
    [Fact]
    public async Task Should_hold_the_meeting_from_attendance_to_approved_minutes_with_the_granted_total_following_each_decision_and_refusals_changing_nothing()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var end = start.AddMonths(6).AddDays(-1);
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0167");
        var ida = await seed.QueuedAsync("Ida Berg", 6, 850.50m, start, end, "ekstern");
        var otto = await seed.QueuedAsync("Otto Berg", 3, 1000.25m, start, end, "ekstern");
        Assert.Equal(ida.MeetingId, otto.MeetingId);
        var agendaPath = $"/moeder/{ida.ForumId}/{ida.MeetingId}";

        var chair = await studio.NewPageAsync(1280, 1400);
        await chair.GotoAsync("/login?returnTo=" + Uri.EscapeDataString(agendaPath));
        await StudioPage.SignInAsync(chair, "leder@0167");
        await Expect(StudioPage.Heading(chair)).ToContainTextAsync("Visitationsudvalg");
        var attendance = chair.GetByRole(AriaRole.Region, new() { Name = "Fremmøde" });
        await Expect(attendance).ToContainTextAsync("Mødet er beslutningsdygtigt");

        // The chair is called away: the meeting cannot decide, and a member's decision is refused and changes nothing.
        await attendance.GetByLabel("leder@0167 er til stede").UncheckAsync();
        await attendance.GetByRole(AriaRole.Button, new() { Name = "Gem fremmøde" }).ClickAsync();
        await Expect(attendance).ToContainTextAsync("Mødet er ikke beslutningsdygtigt");
        // A meeting opens on its date: the clock moves to the meeting's morning.
        using var meetingDay = studio.Clock.MoveTo(ida.MeetingDate, new TimeOnly(8, 55));
        await chair.GetByRole(AriaRole.Button, new() { Name = "Åbn mødet" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Luk mødet" })).ToBeVisibleAsync();

        var member = await studio.NewPageAsync(1280, 1400);
        await member.GotoAsync("/login?returnTo=" + Uri.EscapeDataString(agendaPath));
        await StudioPage.SignInAsync(member, "oekonomi@0167");
        var memberItems = member.GetByRole(AriaRole.Main).Locator(".moeder-agenda > li");
        await Expect(memberItems).ToHaveCountAsync(2);
        var first = memberItems.Nth(0).GetByRole(AriaRole.Form, new() { Name = "Afgørelse på punkt 1" });
        await first.GetByLabel("Bevilget", new() { Exact = true }).CheckAsync();
        await first.GetByLabel("Begrundelse").FillAsync("Barnets behov er belyst.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Registrér afgørelse" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Alert)).ToContainTextAsync("Afgørelsen blev ikke registreret");
        await Expect(member.GetByRole(AriaRole.Region, new() { Name = "Mødet forpligter" })).ToContainTextAsync("Besluttet indtil nu: 0 af 2 punkter");
        await Screenshots.SaveAsync(member, "moeder-05-decision-refused-without-quorum");

        // The chair is back.
        await attendance.GetByLabel("leder@0167 er til stede").CheckAsync();
        await attendance.GetByRole(AriaRole.Button, new() { Name = "Gem fremmøde" }).ClickAsync();
        await Expect(attendance).ToContainTextAsync("Mødet er beslutningsdygtigt");

        // The member grants the first item with half the scope, by keyboard; the granted total follows.
        await member.ReloadAsync();
        first = memberItems.Nth(0).GetByRole(AriaRole.Form, new() { Name = "Afgørelse på punkt 1" });
        await first.GetByLabel("Bevilget med ændring").FocusAsync();
        await member.Keyboard.PressAsync("Space");
        await first.GetByLabel("Hvad er ændret").FillAsync("Halvt omfang");
        await member.Keyboard.PressAsync("Tab");
        await member.Keyboard.TypeAsync("3");
        await first.GetByLabel("Begrundelse").FillAsync("Familien kan klare sig med færre timer.");
        await member.Keyboard.PressAsync("Tab");
        await member.Keyboard.PressAsync("Enter");
        // 3 h × 850,50 kr. a month for six months.
        await Expect(member.GetByTestId("granted-annual")).ToHaveTextAsync("15.309,00 kr.");
        await Expect(memberItems.Nth(0)).ToContainTextAsync("Bevilget med ændring");

        // The member is disqualified on the second item; the chair refuses it.
        await memberItems.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Jeg er inhabil i punktet" }).ClickAsync();
        await Expect(memberItems.Nth(1)).ToContainTextAsync("Inhabil: oekonomi@0167");
        await Expect(memberItems.Nth(1).GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
        await chair.ReloadAsync();
        var chairItems = chair.GetByRole(AriaRole.Main).Locator(".moeder-agenda > li");
        var second = chairItems.Nth(1).GetByRole(AriaRole.Form, new() { Name = "Afgørelse på punkt 2" });
        await second.GetByLabel("Afslået").CheckAsync();
        await second.GetByLabel("Begrundelse").FillAsync("Behovet er dækket af skolens tilbud.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Registrér afgørelse" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Region, new() { Name = "Mødet forpligter" })).ToContainTextAsync("Besluttet indtil nu: 2 af 2 punkter");
        await Expect(chair.GetByTestId("granted-annual")).ToHaveTextAsync("15.309,00 kr.");
        await AxeCheck.AssertNoBlockingViolationsAsync(chair, "open meeting", output);
        await Screenshots.SaveAsync(chair, "moeder-06-open-meeting-decided");

        // Closing writes the minutes from the decisions; the chair approves them and they are locked.
        await chair.GetByRole(AriaRole.Button, new() { Name = "Luk mødet" }).ClickAsync();
        var minutes = chair.GetByRole(AriaRole.Region, new() { Name = "Referat" });
        await Expect(minutes).ToContainTextAsync("venter på formandens godkendelse");
        var preview = chair.FrameLocator("iframe[title='Referat af mødet']");
        await Expect(preview.Locator("body")).ToContainTextAsync("Halvt omfang");
        await Expect(preview.Locator("body")).ToContainTextAsync("Behovet er dækket af skolens tilbud.");
        await AxeCheck.AssertNoBlockingViolationsAsync(chair, "closed meeting with its minutes", output, intoFrames: false);
        await Screenshots.SaveAsync(chair, "moeder-07-minutes-preview");
        await minutes.GetByRole(AriaRole.Button, new() { Name = "Godkend referatet" }).ClickAsync();
        await Expect(minutes).ToContainTextAsync("Referatet er godkendt");
        await Expect(minutes.GetByRole(AriaRole.Button, new() { Name = "Godkend referatet" })).ToHaveCountAsync(0);
        await Expect(chair.GetByRole(AriaRole.Main).GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(chair, "moeder-08-minutes-approved");
    }

    /// <summary>
    /// Mariagerfjord (0846) sends family therapy from an internal provider to its behandlermøde, where the chair (leder@0846) alone carries
    /// a decision recorded between meetings; oekonomi@0846 is a member.
    /// </summary>
    [Fact]
    public async Task Should_let_a_member_decide_between_meetings_and_the_chair_approve_it_from_the_count_in_the_navigation()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0846");
        var karl = await seed.QueuedAsync("Karl Dam", 6, 850.50m, start, start.AddMonths(6).AddDays(-1));

        var member = await studio.NewPageAsync();
        await member.GotoAsync("/login?returnTo=" + Uri.EscapeDataString($"/moeder/{karl.ForumId}/{karl.MeetingId}"));
        await StudioPage.SignInAsync(member, "oekonomi@0846");
        var form = member.GetByRole(AriaRole.Form, new() { Name = "Afgørelse på punkt 1" });
        await form.GetByLabel("Bevilget", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Begrundelse").FillAsync("Familien har brug for hjælpen nu.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér afgørelse" }).ClickAsync();
        var item = member.GetByRole(AriaRole.Main).Locator(".moeder-agenda > li").First;
        await Expect(item).ToContainTextAsync("Afgørelse: Familien har brug for hjælpen nu.");
        await Expect(item.GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "Godkend afgørelsen på punkt 1" })).ToHaveCountAsync(0);

        var chair = await studio.NewPageAsync();
        await chair.GotoAsync("/");
        await StudioPage.SignInAsync(chair, "leder@0846");
        await Expect(StudioPage.Navigation(chair).GetByRole(AriaRole.Link, new() { Name = "Møder" })).ToContainTextAsync("1");
        var awaiting = chair.GetByRole(AriaRole.Region, new() { Name = "Venter på din godkendelse" });
        var proposal = awaiting.GetByRole(AriaRole.Listitem).Filter(new() { HasText = karl.CaseNumber });
        await Expect(proposal).ToContainTextAsync("Bevilget (af oekonomi@0846)");
        await Expect(proposal).ToContainTextAsync("Årlig udgift30.618,00 kr.");
        await Expect(proposal).ToContainTextAsync("Godkendt afoekonomi@0846");
        await AxeCheck.AssertNoBlockingViolationsAsync(chair, "my meetings with a decision awaiting approval", output);
        await Screenshots.SaveAsync(chair, "moeder-09-awaiting-approval");

        await proposal.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await Expect(awaiting).ToContainTextAsync("Ingen afgørelser venter på din godkendelse.");
        await Expect(StudioPage.Navigation(chair).Locator(".shell__nav-badge")).ToHaveCountAsync(0);
        await chair.GotoAsync($"/moeder/{karl.ForumId}/{karl.MeetingId}");
        await Expect(chair.GetByRole(AriaRole.Region, new() { Name = "Mødet forpligter" })).ToContainTextAsync("Besluttet indtil nu: 1 af 1 punkter");
        await Expect(chair.GetByTestId("granted-annual")).ToHaveTextAsync("30.618,00 kr.");
    }
}
