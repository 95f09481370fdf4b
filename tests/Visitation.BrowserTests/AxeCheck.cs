using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Visitation.BrowserTests;

/// <summary>Runs axe on the page as it is: minor findings go to the test output, a serious or critical one fails the test.</summary>
public static class AxeCheck
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoBlockingViolationsAsync(IPage page, string what, ITestOutputHelper output)
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
