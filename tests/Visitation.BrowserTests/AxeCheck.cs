using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Visitation.BrowserTests;

/// <summary>Runs axe on the page as it is: minor findings go to the test output, a serious or critical one fails the test.</summary>
public static class AxeCheck
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <remarks>
    /// <paramref name="intoFrames"/> false leaves out frames that run no script, such as a sandboxed preview of a document the server
    /// wrote: axe waits for an answer from inside every frame and would wait for ever.
    /// </remarks>
    public static async Task AssertNoBlockingViolationsAsync(IPage page, string what, ITestOutputHelper output, bool intoFrames = true)
    {
        AxeResult result = await page.RunAxe(new AxeRunOptions { Iframes = intoFrames });
        foreach (var minor in result.Violations.Where(v => !BlockingImpacts.Contains(v.Impact)))
            output.WriteLine($"axe on the {what}: {minor.Id} ({minor.Impact}): {minor.Help}");
        var blocking = result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on the {what} ({page.Url}):\n" + string.Join("\n", blocking));
    }
}
