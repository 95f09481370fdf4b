using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// A caseworker's decision needs a named leader's approval (the competence plan's approve-by duty): the afdelingsleder finds it
/// under Mine godkendelser in Møder, approves it with a reason, and the case page shows who approved, when and why.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class DutyTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_let_the_named_leader_approve_with_a_reason_in_Moeder_and_show_the_approver_on_the_case()
    {
        var seed = await DutySeed.CreateAsync(studio.BaseAddress);

        var leader = await studio.NewPageAsync();
        await leader.GotoAsync("/");
        await StudioPage.SignInAsync(leader, seed.Afdelingsleder, DutySeed.Password);
        await Expect(StudioPage.Navigation(leader)).ToBeVisibleAsync();
        await StudioPage.Navigation(leader).GetByRole(AriaRole.Link, new() { Name = "Møder" }).ClickAsync();
        await Expect(leader).ToHaveURLAsync(new Regex("/moeder$"));
        var queue = leader.GetByRole(AriaRole.Region, new() { Name = "Mine godkendelser" });
        var item = queue.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Sag {seed.CaseNumber}" });
        await Expect(item).ToContainTextAsync("Familiebehandling skal godkendes af Afdelingsleder");
        await Expect(item).ToContainTextAsync(seed.Raadgiver);
        // 4 hours × 850,50 kr. = 3.402,00 kr. a month for six months.
        await Expect(item).ToContainTextAsync("20.412,00 kr.");
        await AxeCheck.AssertNoBlockingViolationsAsync(leader, "my approvals", output);
        await Screenshots.SaveAsync(leader, "duties-01-my-approvals");

        // By keyboard: the reason, then Godkend.
        await item.GetByLabel("Begrundelse for din godkendelse eller afvisning").FillAsync("Indsatsen er nødvendig, og prisen er rimelig.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).FocusAsync();
        await leader.Keyboard.PressAsync("Enter");
        var received = queue.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Godkendelse: sag {seed.CaseNumber}" });
        await Expect(received).ToContainTextAsync($"Godkendt af {seed.Afdelingsleder}: Indsatsen er nødvendig, og prisen er rimelig.");
        await Expect(queue.GetByText("Ingen indstillinger venter på din godkendelse.")).ToBeVisibleAsync();
        await AxeCheck.AssertNoBlockingViolationsAsync(leader, "my approvals after approving", output);
        await Screenshots.SaveAsync(leader, "duties-02-approved");

        var caseworker = await studio.NewPageAsync();
        await caseworker.GotoAsync("/");
        await StudioPage.SignInAsync(caseworker, seed.Raadgiver, DutySeed.Password);
        await Expect(StudioPage.Navigation(caseworker)).ToBeVisibleAsync();
        await caseworker.GotoAsync($"/sager/{seed.CaseId}");
        var duties = caseworker.Locator(".case-duties");
        await Expect(duties).ToContainTextAsync("Godkendelse af Afdelingsleder · godkendt");
        await Expect(duties).ToContainTextAsync($"af {seed.Afdelingsleder}");
        await Expect(duties).ToContainTextAsync("Begrundelse: Indsatsen er nødvendig, og prisen er rimelig.");
        await Expect(duties).ToContainTextAsync("Kopi af afgørelsen med pris til Afdelingsleder · sendes, når der er truffet afgørelse");
        await AxeCheck.AssertNoBlockingViolationsAsync(caseworker, "case with its duties", output);
        await Screenshots.SaveAsync(caseworker, "duties-03-case-shows-approver");
    }
}
