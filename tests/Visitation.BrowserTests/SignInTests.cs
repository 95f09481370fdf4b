using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

[Collection(StudioCollection.Name)]
public sealed class SignInTests(StudioFixture studio)
{
    [Fact]
    public async Task Should_show_the_Danish_error_and_no_shell_when_the_password_is_wrong()
    {
        var page = await studio.NewPageAsync();
        await page.GotoAsync("/moeder");
        await Expect(page).ToHaveURLAsync(new Regex("/login\\?returnTo=%2Fmoeder$"));

        await StudioPage.SignInAsync(page, "oekonomi@9902", "forkert");

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Du blev ikke logget ind");
        await Expect(alert).ToContainTextAsync("Brugernavn eller adgangskode er forkert.");
        await Expect(page).ToHaveURLAsync(new Regex("/login\\?returnTo=%2Fmoeder$"));
        await Expect(StudioPage.Navigation(page)).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Adgangskode")).ToHaveValueAsync("");
        await Screenshots.SaveAsync(page, "06-login-wrong-password");
    }
}
