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
}
