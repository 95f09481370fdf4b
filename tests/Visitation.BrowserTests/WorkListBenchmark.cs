using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Visitation.BrowserTests;

/// <summary>
/// The work list with 10,000 tasks against 100: time to the first rows (from navigation start, the browser's own
/// clock) and time for a search to show its rows, for two caseworkers whose lists differ only in length. Rounds
/// alternate the two so both see the same machine load; the medians and their ratios are written to
/// artifacts/benchmarks/worklist.json. A benchmark driver, not a test: <c>benchmarks/worklist/run.sh</c> runs it.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class WorkListBenchmark(StudioFixture studio, ITestOutputHelper output)
{
    private static readonly int[] Sizes = [100, 10_000];

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Measure()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("VISITATION_WORKLIST_ROUNDS"), out var r) ? r : 7;
        var admin = await studio.NewPageAsync();
        await admin.GotoAsync("/login");
        await StudioPage.SignInAsync(admin, "administrator@9901");
        await Expect(StudioPage.Navigation(admin)).ToBeVisibleAsync();
        var token = (await admin.Context.CookiesAsync()).Single(c => c.Name == "XSRF-TOKEN").Value;

        var pages = new Dictionary<int, IPage>();
        foreach (var size in Sizes)
        {
            var userName = $"bench{size}{Guid.NewGuid():N}"[..14] + "@9901";
            var created = await admin.APIRequest.PostAsync("/api/users", new()
            {
                Headers = new Dictionary<string, string> { ["X-XSRF-TOKEN"] = token },
                DataObject = new { username = userName, displayName = $"Bench {size}", password = "lang-nok-kode", roles = new[] { "Raadgiver" } },
            });
            Assert.True(created.Ok, await created.TextAsync());
            await LayDownTasksAsync(userName, size);
            var page = await studio.NewPageAsync(1280, 900);
            await page.GotoAsync("/login");
            await StudioPage.SignInAsync(page, userName, "lang-nok-kode");
            await Expect(page.Locator(".worklist__row").First).ToBeVisibleAsync();
            pages[size] = page;
        }

        var first = Sizes.ToDictionary(s => s, _ => new List<double>());
        var filter = Sizes.ToDictionary(s => s, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var size in round % 2 == 0 ? Sizes : Sizes.Reverse())
            {
                var page = pages[size];
                await page.GotoAsync("/sager");
                await Expect(page.Locator(".worklist__row").First).ToBeVisibleAsync();
                var toRows = await page.EvaluateAsync<double>("performance.now()");
                var started = await page.EvaluateAsync<double>("performance.now()");
                await page.GetByLabel("Søg", new() { Exact = true }).FillAsync("Barn 7");
                await Expect(page.Locator(".worklist__row").First).ToContainTextAsync("Barn 7");
                // "Barn 7" names 1 of the small list's 20 cases (5 tasks) and 111 of the large list's 2,000 (555 tasks).
                await Expect(page.GetByText("Viser 1–")).ToHaveTextAsync(size == 100 ? "Viser 1–5 af 5" : "Viser 1–50 af 555");
                var filtered = await page.EvaluateAsync<double>("performance.now()") - started;
                if (round > 0)
                {
                    first[size].Add(toRows);
                    filter[size].Add(filtered);
                }
                output.WriteLine($"round {round}: {size} tasks, first rows {toRows:F0} ms, search {filtered:F0} ms");
            }
        }

        var firstMedian = first.ToDictionary(s => s.Key, s => Median(s.Value));
        var filterMedian = filter.ToDictionary(s => s.Key, s => Median(s.Value));
        var firstRatio = firstMedian[10_000] / firstMedian[100];
        var filterRatio = filterMedian[10_000] / filterMedian[100];
        output.WriteLine($"median first rows: 100 → {firstMedian[100]:F0} ms, 10,000 → {firstMedian[10_000]:F0} ms, ratio {firstRatio:F2} (goal ≤ 2)");
        output.WriteLine($"median search: 100 → {filterMedian[100]:F0} ms, 10,000 → {filterMedian[10_000]:F0} ms, ratio {filterRatio:F2} (goal ≤ 2)");
        var folder = Path.Combine(Screenshots.RepositoryRoot, "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "worklist.json"), JsonSerializer.Serialize(new
        {
            rounds,
            firstRows = new { median100 = firstMedian[100], median10000 = firstMedian[10_000], ratio = firstRatio, samples100 = first[100], samples10000 = first[10_000] },
            search = new { median100 = filterMedian[100], median10000 = filterMedian[10_000], ratio = filterRatio, samples100 = filter[100], samples10000 = filter[10_000] },
        }, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>
    /// The caseworker's tasks written straight into the database, as the flows would leave them: one case per five tasks
    /// (children named "Barn 0" ... so a search for "Barn 7" finds one case in 50), due dates spread over two months.
    /// </summary>
    private async Task LayDownTasksAsync(string userName, int count)
    {
        await using var scope = studio.Services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == userName);
        var kommuneId = user.KommuneId!.Value;
        var now = DateTimeOffset.UtcNow;
        var prefix = Guid.NewGuid().ToString("N")[..6];
        for (var batch = 0; batch < count; batch += 1000)
        {
            for (var i = batch; i < Math.Min(count, batch + 1000); i++)
            {
                if (i % 5 == 0)
                {
                    db.Sager.Add(new Sag
                    {
                        Id = Guid.NewGuid(), KommuneId = kommuneId, Sagsnummer = $"B{prefix}-{i / 5:00000}", BarnNavn = $"Barn {i / 5} {prefix}",
                        TovholderId = user.Id, OprettetAt = now, OprettetAf = userName,
                    });
                }
                var sag = db.Sager.Local.Last();
                var id = $"{prefix}{i:000000}";
                db.WorkItems.Add(new WorkItem
                {
                    Id = id, KommuneId = kommuneId, BookmarkId = "b" + id, InstanceId = "i" + id, ActivityId = "vurdering", CaseId = sag.Id.ToString(),
                    Title = "Vurdér underretningen", Assignee = userName, Status = WorkItemStatus.Assigned, CreatedAt = now,
                    DueAt = now.AddMinutes(17 * (i % 5000) + 60),
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        output.WriteLine($"{userName}: {count} tasks laid down");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
