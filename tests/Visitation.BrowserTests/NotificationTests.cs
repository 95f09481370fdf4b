using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Visitation.Host.Features.Beskeder;
using Visitation.Host.Infrastructure.Persistence;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The bell in the header and the administrators' dead letters, through the UI. What the competence plan's duties would send is
/// put in the outbox through its enqueue API (as a decision does), and the outbox's dispatcher delivers it.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class NotificationTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_show_a_copy_in_the_bell_that_leads_to_the_case_and_is_then_read()
    {
        using var seed = await CaseSeed.ForAsync(studio.BaseAddress, "0706");
        var (caseId, caseNumber) = await seed.RegisteredAsync("Ida Bell");
        var subject = $"Kopi: indstilling i sag {caseNumber} er sendt til visitationsudvalget";
        await EnqueueAsync("raadgiver@0706", subject, "Indstillingen om familiebehandling venter på udvalgets møde.", caseId);
        await studio.Services!.GetRequiredService<MessageDispatcher>().DispatchOnceAsync(CancellationToken.None);

        var page = await studio.NewPageAsync(1280, 800);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "raadgiver@0706");
        var bell = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Notifikationer") });
        await Expect(bell).ToHaveAccessibleNameAsync(new Regex("^Notifikationer, [1-9][0-9]* ulæste$"));
        await bell.ClickAsync();
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Notifikationer" });
        var item = panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = subject });
        await Expect(item).ToContainTextAsync("Ny");
        await Expect(item).ToContainTextAsync("Kompetenceplan");
        await Expect(item).ToContainTextAsync("venter på udvalgets møde");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "notification panel", output);
        await Screenshots.SaveAsync(page, "notifications-01-bell-open");

        await item.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Åbn") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/sager/{caseId}$"));
        await Expect(StudioPage.Heading(page)).ToContainTextAsync("Ida Bell");
        await Expect(panel).ToHaveCountAsync(0);

        await bell.ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = subject })).Not.ToContainTextAsync("Ny");
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(bell).ToBeFocusedAsync();
        await Screenshots.SaveAsync(page, "notifications-02-case-opened");
    }

    [Fact]
    public async Task Should_let_an_administrator_see_a_dead_letter_and_send_it_again()
    {
        var subject = $"Kopi med pris: afgørelse {Guid.NewGuid():N}"[..40];
        Guid id;
        await using (var scope = studio.Services!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            var kommuneId = (await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == "administrator@0706")).KommuneId!.Value;
            var message = MessageOutbox.New(kommuneId, $"test/dead/{Guid.NewGuid():N}", MessageKind.Duty, MessageChannel.Email, null, "okonomi@kommune.example",
                subject, "Afgørelsen er truffet.", null, null, DateTimeOffset.UtcNow);
            // As the dispatcher leaves a message after its last attempt.
            message.Status = MessageStatus.DeadLetter;
            message.Attempts = 8;
            message.LastError = "SmtpCommandException: 550 5.1.1 mailbox unavailable";
            await scope.ServiceProvider.GetRequiredService<MessageOutbox>().EnqueueAsync(db, [message], CancellationToken.None);
            await db.SaveChangesAsync();
            id = message.Id;
        }

        var page = await studio.NewPageAsync(1440, 900);
        await page.GotoAsync("/login");
        await StudioPage.SignInAsync(page, "administrator@0706");
        await StudioPage.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administrationens sider" }).GetByRole(AriaRole.Link, new() { Name = "Beskeder" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/administration/beskeder$"));
        await Expect(StudioPage.Heading(page)).ToHaveTextAsync("Beskeder, der ikke kom frem");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Expect(row).ToContainTextAsync("okonomi@kommune.example");
        await Expect(row).ToContainTextAsync("E-mail");
        await Expect(row).ToContainTextAsync("550 5.1.1 mailbox unavailable");
        await AxeCheck.AssertNoBlockingViolationsAsync(page, "dead letters", output);
        await Screenshots.SaveAsync(page, "notifications-03-dead-letters");

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send igen") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Beskeden »{subject}« sendes igen.");
        await Expect(row).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "notifications-04-sent-again");

        await using (var scope = studio.Services!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            var message = await db.OutboundMessages.IgnoreQueryFilters().SingleAsync(m => m.Id == id);
            Assert.NotEqual(MessageStatus.DeadLetter, message.Status);
        }
    }

    async Task EnqueueAsync(string userName, string subject, string body, Guid caseId)
    {
        await using var scope = studio.Services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == userName);
        await scope.ServiceProvider.GetRequiredService<MessageOutbox>().EnqueueAsync(db,
            new DutyMessage($"test/copy/{Guid.NewGuid():N}", user.KommuneId!.Value, [user.Id], subject, body, caseId), DateTimeOffset.UtcNow, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}
