using Microsoft.Playwright;

namespace Visitation.BrowserTests;

/// <summary>The Studio as a person sees it: labels, buttons, landmarks, in Danish unless switched.</summary>
public static class StudioPage
{
    public const string DemoPassword = "demo";

    public static async Task SignInAsync(IPage page, string username, string password = DemoPassword)
    {
        await page.GetByLabel("Brugernavn").FillAsync(username);
        await page.GetByLabel("Adgangskode").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
    }

    public static ILocator Navigation(IPage page, string name = "Arbejdsområder") =>
        page.GetByRole(AriaRole.Navigation, new() { Name = name });

    public static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
