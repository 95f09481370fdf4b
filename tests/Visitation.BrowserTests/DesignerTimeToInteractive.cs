using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The designer's time to interactive for generated flows of 30 and 300 activities: from navigation start
/// (the browser's own clock) until the first activity has been selected by keyboard and its properties show.
/// Rounds alternate between the sizes so both see the same machine load; the medians and their ratio are
/// printed and written to artifacts/benchmarks/designer.json. A benchmark driver, not a test: the test run
/// leaves it out by its category, and <c>benchmarks/designer/run.sh</c> runs it.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerTimeToInteractive(StudioFixture studio, ITestOutputHelper output)
{
    private static readonly int[] Sizes = [30, 300];

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Measure()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("VISITATION_DESIGNER_ROUNDS"), out var r) ? r : 7;
        var page = await studio.NewPageAsync(1440, 900);
        await page.GotoAsync("/login?returnTo=%2Fdesigner");
        await StudioPage.SignInAsync(page, "procesdesigner@9901");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens forløb" })).ToBeVisibleAsync();
        var flows = new Dictionary<int, string>();
        foreach (var size in Sizes) flows[size] = await GeneratedFlows.SaveAsync(page, size);

        var samples = Sizes.ToDictionary(s => s, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var size in round % 2 == 0 ? Sizes : Sizes.Reverse())
            {
                var ms = await TimeToInteractiveAsync(page, flows[size]);
                if (round > 0) samples[size].Add(ms); // round 0 warms the caches and the JIT
                output.WriteLine($"round {round}: {size} activities {ms:F0} ms");
            }
        }

        var medians = samples.ToDictionary(s => s.Key, s => Median(s.Value));
        var ratio = medians[300] / medians[30];
        output.WriteLine($"median 30: {medians[30]:F0} ms, median 300: {medians[300]:F0} ms, ratio {ratio:F2} (goal ≤ 3)");
        var folder = Path.Combine(Screenshots.RepositoryRoot, "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "designer.json"), JsonSerializer.Serialize(new
        {
            rounds, medianMs30 = medians[30], medianMs300 = medians[300], ratio, samples30 = samples[30], samples300 = samples[300],
        }, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static async Task<double> TimeToInteractiveAsync(IPage page, string definitionId)
    {
        await page.GotoAsync($"/designer/{definitionId}");
        var first = page.Locator(".react-flow__node").Filter(new() { HasText = "Skridt1" }).First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Egenskaber" }).GetByLabel("Navn", new() { Exact = true }))
            .ToHaveValueAsync("Skridt1");
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
