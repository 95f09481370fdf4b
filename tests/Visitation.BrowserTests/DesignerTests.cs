using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

[Collection(StudioCollection.Name)]
public sealed class DesignerTests(StudioFixture studio, ITestOutputHelper output)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>A wide page signed in on the designer's list of the municipality's flows.</summary>
    private async Task<IPage> OpenFlowListAsync(string user = "procesdesigner@9901")
    {
        var page = await studio.NewPageAsync(1440, 900);
        await page.GotoAsync("/login?returnTo=%2Fdesigner");
        await StudioPage.SignInAsync(page, user);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens forløb" })).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> OpenNewFlowAsync(string user = "procesdesigner@9901")
    {
        var page = await OpenFlowListAsync(user);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt forløb" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Toolbar, new() { Name = "Designerens værktøjer" })).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Node(IPage page, string name) =>
        page.Locator(".react-flow__node").Filter(new() { Has = page.Locator(".activity-node__name", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    private static ILocator Findings(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Validering" });

    [Fact]
    public async Task Should_build_validate_fix_and_publish_a_flow_when_a_process_designer_uses_mouse_and_keyboard()
    {
        var page = await OpenNewFlowAsync();
        await page.GetByLabel("Forløbets navn").FillAsync("Underretning fra bunden");
        var canvas = page.Locator(".react-flow__pane");

        // Add by dragging from the toolbox, and by the keyboard menu (A).
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj Start" }).DragToAsync(canvas, new() { TargetPosition = new TargetPosition { X = 300, Y = 80 } });
        await Expect(Node(page, "Start1")).ToBeVisibleAsync();
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new Position { X = 40, Y = 40 } });
        await page.Keyboard.PressAsync("a");
        var menu = page.GetByRole(AriaRole.Dialog, new() { Name = "Tilføj aktivitet" });
        await menu.GetByRole(AriaRole.Searchbox).FillAsync("Opgave");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Node(page, "HumanTask1")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("l");

        // Connect with the mouse: from Start's outcome port (its right edge) to the task's in-port (its left edge).
        var from = Node(page, "Start1").Locator(".react-flow__handle.source").First;
        var to = Node(page, "HumanTask1");
        var a = (await from.BoundingBoxAsync())!;
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + 6, b.Y + b.Height / 2, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);

        // The task has no title yet: the server's error shows on the node and in the list.
        await Expect(Node(page, "HumanTask1").Locator(".activity-node--error")).ToBeVisibleAsync();
        var error = Findings(page).GetByRole(AriaRole.Button).Filter(new() { HasText = "HumanTask1" }).First;
        await Expect(error).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "20-designer-validation-error");
        await error.ClickAsync();

        // Fix it in the property panel, generated from the descriptor.
        var properties = page.GetByRole(AriaRole.Complementary, new() { Name = "Egenskaber" });
        await properties.GetByRole(AriaRole.Textbox, new() { Name = "Titel" }).FillAsync("Vurdér underretningen");
        await properties.GetByRole(AriaRole.Textbox, new() { Name = "Handlinger" }).FillAsync("Godkend\nAfvis");
        await properties.GetByRole(AriaRole.Textbox, new() { Name = "Handlinger" }).BlurAsync();
        await Expect(Node(page, "HumanTask1").Locator(".activity-node--error")).ToHaveCountAsync(0);
        await Expect(Node(page, "HumanTask1").Locator(".react-flow__handle.source")).ToHaveCountAsync(2);

        // Undo and redo by keyboard.
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new Position { X = 40, Y = 40 } });
        await page.Keyboard.PressAsync("Control+z");
        await Expect(Node(page, "HumanTask1").Locator(".react-flow__handle.source")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Control+y");
        await Expect(Node(page, "HumanTask1").Locator(".react-flow__handle.source")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "21-designer-fixed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Udgiv forløbet" });
        await dialog.GetByLabel("Note om ændringen").FillAsync("Første version");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Udgiv" }).ClickAsync();
        await Expect(page.Locator(".designer-status")).ToHaveTextAsync(new Regex("er udgivet"));
        await Expect(page.Locator(".designer-badge").First).ToHaveTextAsync("Udgivet");
        await Screenshots.SaveAsync(page, "22-designer-published");

        // Two cases start and wait at the task; the live overlay shows them there.
        var definitionId = Uri.UnescapeDataString(new Uri(page.Url).Segments.Last());
        await GeneratedFlows.ExecuteAsync(page, definitionId);
        await GeneratedFlows.ExecuteAsync(page, definitionId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Live-overblik" }).ClickAsync();
        await Expect(Node(page, "HumanTask1").Locator(".activity-node__overlay")).ToContainTextAsync("2 venter");
        await Screenshots.SaveAsync(page, "26-designer-live-overlay");
    }

    [Fact]
    public async Task Should_import_an_elsa3_file_and_walk_it_in_a_test_run()
    {
        var page = await OpenNewFlowAsync();
        await page.GetByTestId("designer-import-file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "decision-merge.elsa3.json"));
        await Expect(page.GetByLabel("Forløbets navn")).ToHaveValueAsync("Decision Merge");
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Button, new() { Name = "Testkørsel" }).ClickAsync();
        var run = page.GetByRole(AriaRole.Region, new() { Name = "Testkørsel (gemmes ikke)" });
        await run.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await run.GetByRole(AriaRole.Button, new() { Name = "True" }).ClickAsync();
        await Expect(run).ToContainTextAsync("Forløbet er slut efter 3 trin.");
        await Expect(page.Locator(".activity-node--visited")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(page, "23-designer-test-run");
    }

    [Fact]
    public async Task Should_find_no_serious_or_critical_violation_when_axe_checks_the_designer()
    {
        var page = await OpenNewFlowAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj Opgave" }).ClickAsync();
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(1);
        await Expect(Findings(page).GetByRole(AriaRole.Button).First).ToBeVisibleAsync();
        await AssertNoBlockingViolationsAsync(page, "designer with a selected activity");

        await page.GetByRole(AriaRole.Button, new() { Name = "Genveje" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Tastaturgenveje" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "24-designer-shortcuts");
        await AssertNoBlockingViolationsAsync(page, "shortcut help");
    }

    [Fact]
    public async Task Should_show_the_servers_javascript_syntax_error_under_the_input_until_it_is_fixed()
    {
        var page = await OpenNewFlowAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj Opgave" }).ClickAsync();
        var properties = page.GetByRole(AriaRole.Complementary, new() { Name = "Egenskaber" });
        await properties.GetByRole(AriaRole.Combobox, new() { Name = "Værditype for Titel" }).SelectOptionAsync("JavaScript");
        var title = properties.GetByRole(AriaRole.Textbox, new() { Name = "Titel" });
        await title.FillAsync("'Vurdér ' + (");

        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        var described = await title.GetAttributeAsync("aria-describedby");
        await Expect(page.Locator($"[id='{described}']")).ToContainTextAsync("title");
        await Screenshots.SaveAsync(page, "27-designer-javascript-error");

        await title.FillAsync("'Vurdér ' + 'sagen'");
        await Expect(title).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".activity-node--error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Should_save_a_tasks_candidates_as_the_same_json_when_a_process_designer_picks_them_by_keyboard()
    {
        var page = await OpenNewFlowAsync();
        await page.GetByLabel("Forløbets navn").FillAsync("Kandidater med vælgeren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj Opgave" }).ClickAsync();
        var properties = page.GetByRole(AriaRole.Complementary, new() { Name = "Egenskaber" });
        await properties.GetByRole(AriaRole.Textbox, new() { Name = "Titel" }).FillAsync("Vurdér underretningen");
        var candidates = properties.GetByRole(AriaRole.Group, new() { Name = "Kandidater" });
        var add = candidates.GetByRole(AriaRole.Button, new() { Name = "Tilføj kandidat" });

        // A role: Enter on "Tilføj kandidat" puts focus in the new row's kind; the value is picked by typing its name.
        await add.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Type for kandidat 1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Kandidat 1", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Leder");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Kandidat 1", Exact = true })).ToHaveValueAsync("Leder");

        // A user: picked among the municipality's colleagues by typing the name they are shown by.
        await add.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Type for kandidat 2" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Bruger");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Type for kandidat 2" })).ToHaveValueAsync("user");
        await page.Keyboard.PressAsync("Tab");
        var user = candidates.GetByRole(AriaRole.Combobox, new() { Name = "Kandidat 2", Exact = true });
        await Expect(user).ToBeFocusedAsync();
        await Expect(user.GetByRole(AriaRole.Option, new() { Name = "Rådgiver (Demo Nord) (raadgiver@9901)" })).ToHaveCountAsync(1);
        // Typed as a key press: Playwright would insert a letter outside the US layout (å) as text into the last text field.
        await page.Keyboard.PressAsync("R");
        await Expect(user).ToHaveValueAsync("raadgiver@9901");
        await Expect(properties.GetByRole(AriaRole.Textbox, new() { Name = "Titel" })).ToHaveValueAsync("Vurdér underretningen");

        // A row added by mistake goes again by keyboard, and focus moves to the row before it.
        await add.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Type for kandidat 3" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(candidates.GetByRole(AriaRole.Button, new() { Name = "Fjern kandidat 3" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(candidates.GetByRole(AriaRole.Button, new() { Name = "Fjern kandidat 3" })).ToHaveCountAsync(0);
        await Expect(candidates.GetByRole(AriaRole.Combobox, new() { Name = "Type for kandidat 2" })).ToBeFocusedAsync();
        await Screenshots.SaveAsync(page, "28-designer-candidates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kladde" }).ClickAsync();
        await Expect(page.Locator(".designer-status")).ToHaveTextAsync(new Regex("Kladde gemt"));
        var definitionId = Uri.UnescapeDataString(new Uri(page.Url).Segments.Last());
        var saved = await page.EvaluateAsync<string>(
            @"async (id) => {
                const response = await fetch('/api/workflow-definitions/' + encodeURIComponent(id), { credentials: 'same-origin' });
                const document = await response.json();
                const task = document.definition.root.activities.find(a => a.type === 'Visitation.HumanTask');
                return JSON.stringify(task.candidates.expression);
            }", definitionId);
        Assert.Equal(
            """{"type":"Literal","value":[{"kind":"role","id":"Leder"},{"kind":"user","id":"raadgiver@9901"}]}""",
            saved);
    }

    [Fact]
    public async Task Should_show_a_flow_read_only_when_the_user_is_not_a_process_designer()
    {
        var page = await studio.NewPageAsync(1440, 900);
        await page.GotoAsync("/login?returnTo=%2Fdesigner%2Fny");
        await StudioPage.SignInAsync(page, "raadgiver@9901");
        await Expect(page.Locator(".designer-badge").Filter(new() { HasText = "Kun læseadgang" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udgiv" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tilføj Opgave" })).ToBeDisabledAsync();
    }

    [Theory]
    [InlineData(30)]
    [InlineData(300)]
    public async Task Should_open_a_generated_flow_and_respond_to_an_edit_when_it_has_many_activities(int size)
    {
        var page = await OpenFlowListAsync();
        var definitionId = await GeneratedFlows.SaveAsync(page, size);

        await page.GotoAsync($"/designer/{definitionId}");
        await Expect(page.Locator(".react-flow__node").First).ToBeVisibleAsync();
        await Node(page, "Skridt1").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var name = page.GetByRole(AriaRole.Complementary, new() { Name = "Egenskaber" }).GetByLabel("Navn", new() { Exact = true });
        await Expect(name).ToHaveValueAsync("Skridt1");

        await name.FillAsync("Første skridt");
        await Expect(Node(page, "Første skridt")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"25-designer-{size}-activities");
    }

    [Theory]
    [InlineData("visitation-standard", "Vurdér underretningen")]
    [InlineData("visitation-bevilling-foer-matchning", "Vurdér underretningen")]
    [InlineData("tidlig-indsats", "Tværfagligt møde med forældrene")]
    [InlineData("visitation-opfoelgning", "Opfølgning på indsatsen")]
    public async Task Should_open_a_shipped_case_flow_without_validation_errors_when_a_process_designer_opens_it(string definitionId, string firstTask)
    {
        var page = await OpenFlowListAsync();

        await page.GotoAsync($"/designer/{definitionId}");
        await Expect(page.Locator(".react-flow__node").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"29-designer-shipped-{definitionId}-opened");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilpas visning" }).ClickAsync();
        await Screenshots.SaveAsync(page, $"29-designer-shipped-{definitionId}");
        await Expect(Node(page, firstTask)).ToBeVisibleAsync();

        await Expect(Findings(page)).ToContainTextAsync("0 fejl");
    }

    private async Task AssertNoBlockingViolationsAsync(IPage page, string what)
    {
        AxeResult result = await page.RunAxe();
        foreach (var minor in result.Violations.Where(v => !BlockingImpacts.Contains(v.Impact)))
            output.WriteLine($"axe on the {what}: {minor.Id} ({minor.Impact}): {minor.Help}");
        var blocking = result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on the {what} ({page.Url}):\n" + string.Join("\n", blocking));
    }
}
