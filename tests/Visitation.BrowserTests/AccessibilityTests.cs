using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

[Collection(StudioCollection.Name)]
public sealed class AccessibilityTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_find_no_serious_or_critical_violation_when_axe_checks_the_sign_in_page_and_the_shell()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind" })).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "sign-in page");

        await StudioPage.SignInAsync(page, "administrator@9901", "forkert");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "sign-in page with an error");

        await StudioPage.SignInAsync(page, "administrator@9901");
        await Expect(StudioPage.Navigation(page)).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "shell");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(StudioPage.Navigation(page, "Workspaces")).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "shell in English");

        await page.SetViewportSizeAsync(390, 844);
        await AssertNoBlockingViolationsAsync(page, "shell at a narrow width");
    }

    [Fact]
    public async Task Should_reach_the_page_content_by_keyboard_when_the_skip_link_is_used()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login?returnTo=%2Foverblik");
        await StudioPage.SignInAsync(page, "leder@9902");
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Overblik");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Gå til hovedindhold" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        await Screenshots.SaveAsync(page, "07-skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();

        var nav = StudioPage.Navigation(page);
        await nav.GetByRole(AriaRole.Link, new() { Name = "Sager" }).FocusAsync();
        await Screenshots.SaveAsync(page, "08-nav-link-focused");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/sager$"));
        await Expect(StudioPage.Heading(page)).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync("Sager – Visitation");
    }

    private Task AssertNoBlockingViolationsAsync(IPage page, string what) => AxeCheck.AssertNoBlockingViolationsAsync(page, what, output);
}
