using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

[Collection(StudioCollection.Name)]
public sealed class ShellTests(StudioFixture studio)
{
    /// <summary>The workspaces a caseworker can use (the overview with their own figures); the designer is for other roles.</summary>
    private static readonly (string Path, string Name)[] Workspaces = [("/sager", "Sager"), ("/moeder", "Møder"), ("/overblik", "Overblik")];

    [Fact]
    public async Task Should_open_each_workspace_and_stay_on_a_deep_link_after_reload_when_signed_in_as_raadgiver()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Screenshots.SaveAsync(page, "01-login");

        await StudioPage.SignInAsync(page, "raadgiver@9901");

        await Expect(page).ToHaveURLAsync(new Regex("/sager$"));
        var nav = StudioPage.Navigation(page);
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(Workspaces.Select(w => w.Name).ToArray());
        var header = page.GetByRole(AriaRole.Banner);
        await Expect(header).ToContainTextAsync("Demo Nord");
        await Expect(header).ToContainTextAsync("Rådgiver");

        foreach (var (path, name) in Workspaces)
        {
            var link = nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            await link.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
            await Expect(StudioPage.Heading(page)).ToHaveTextAsync(name);
            await Expect(link).ToHaveAttributeAsync("aria-current", "page");
            await Screenshots.SaveAsync(page, $"02-workspace-{path.TrimStart('/')}");
        }

        await nav.GetByRole(AriaRole.Link, new() { Name = "Møder" }).ClickAsync();
        await page.ReloadAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/moeder$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Møder");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Møder" })).ToHaveAttributeAsync("aria-current", "page");
        await Screenshots.SaveAsync(page, "03-moeder-after-reload");

        await page.SetViewportSizeAsync(390, 844);
        await Expect(nav).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "04-moeder-narrow");
    }

    [Theory]
    [InlineData("procesdesigner@9901", new[] { "Designer", "Møder", "Administration" })]
    [InlineData("leder@9901", new[] { "Sager", "Møder", "Overblik", "Administration" })]
    [InlineData("oekonomi@9901", new[] { "Møder", "Overblik" })]
    [InlineData("administrator@9901", new[] { "Designer", "Møder", "Overblik", "Administration" })]
    public async Task Should_show_each_role_only_the_workspaces_it_can_use(string user, string[] expected)
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, user);
        await Expect(StudioPage.Navigation(page).GetByRole(AriaRole.Link)).ToHaveTextAsync(expected);
    }

    [Fact]
    public async Task Should_show_English_navigation_when_English_is_chosen()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/sager");
        await StudioPage.SignInAsync(page, "leder@9901");
        await Expect(page).ToHaveURLAsync(new Regex("/sager$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        var nav = StudioPage.Navigation(page, "Workspaces");
        // A leader also reads the competence plan, in Administration.
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Cases", "Meetings", "Overview", "Administration"]);
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Cases");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Screenshots.SaveAsync(page, "05-sager-english");

        await page.ReloadAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Meetings" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_require_signing_in_again_for_a_deep_link_when_logged_out()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "procesdesigner@9901");
        await Expect(page).ToHaveURLAsync(new Regex("/designer$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind" })).ToBeVisibleAsync();

        await page.GotoAsync("/overblik");

        await Expect(page).ToHaveURLAsync(new Regex("/login\\?returnTo=%2Foverblik$"));
        await Expect(StudioPage.Navigation(page)).ToHaveCountAsync(0);

        await StudioPage.SignInAsync(page, "procesdesigner@9901");
        await Expect(page).ToHaveURLAsync(new Regex("/overblik$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Overblik");
    }
}
