using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Visitation.Host.Tests.Durability;

/// <summary>
/// Two host processes on one PostgreSQL database: every bookmark is resumed through both at once, and a
/// thousand timers fall due at the same instant while both schedulers run. Nothing is lost, nothing doubles.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private const int Conflicts = 1000;
    private const int Timers = 1000;
    private const int Triggers = 20;

    [Fact]
    public async Task Should_apply_conflicting_resumes_and_simultaneous_timers_exactly_once_across_two_nodes()
    {
        var clock = Stopwatch.StartNew();
        await using var db = new PostgresDurabilityDatabase();
        await db.CreateAsync();
        var settings = new Dictionary<string, string?>(db.Settings) { ["Workflows:SchedulerInterval"] = "00:00:00.200" };

        using var nodeA = await HostProcess.StartAsync(settings);
        using var nodeB = await HostProcess.StartAsync(settings);
        using var designer = await nodeA.SignedInAsync("procesdesigner@9901");
        using var adminA = await nodeA.SignedInAsync("administrator@9901");
        using var adminB = await nodeB.SignedInAsync("administrator@9901");
        output.WriteLine($"{clock.Elapsed}: two nodes up");

        var events = Flows.NewId("nodes-event");
        var timers = Flows.NewId("nodes-timer");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(events, "two-nodes"));
        await designer.ImportAndPublishAsync(Flows.Delay(timers, "P1D"));
        var triggers = Enumerable.Range(0, Triggers).Select(_ => Flows.NewId("nodes-trigger")).ToList();
        foreach (var trigger in triggers) await designer.ImportAndPublishAsync(DailyTimerTrigger(trigger));
        await Parallel.StartInstancesAsync([adminA, adminB], events, Conflicts, degree: 16);
        await Parallel.StartInstancesAsync([adminA, adminB], timers, Timers, degree: 16);
        var bookmarks = await Ledger.BookmarksAsync(db, events);
        Assert.Equal(Conflicts, bookmarks.Count);
        Assert.Equal(Timers, (await Ledger.BookmarksAsync(db, timers)).Count);
        output.WriteLine($"{clock.Elapsed}: {Conflicts} waiting and {Timers} timer instances started");

        // All timers due at the same instant: both schedulers see all of them on their next pass.
        var due = await db.ExecuteAsync("""
            UPDATE wf_bookmarks SET "DueAt" = @now
            WHERE "DueAt" IS NOT NULL AND "WorkflowInstanceId" IN (SELECT "Id" FROM wf_instances WHERE "DefinitionId" = @d)
            """, ("now", DateTimeOffset.UtcNow.UtcTicks), ("d", timers));
        Assert.Equal(Timers, due);
        var triggersDue = await db.ExecuteAsync("""UPDATE wf_triggers SET "DueAt" = @now WHERE "DefinitionId" LIKE 'nodes-trigger-%'""",
            ("now", DateTimeOffset.UtcNow.UtcTicks));
        Assert.Equal(Triggers, triggersDue);

        // Meanwhile every waiting bookmark is resumed through both nodes at once, by two callers with their own keys.
        var answers = new ConcurrentDictionary<string, (HttpStatusCode A, HttpStatusCode B)>();
        var unexpected = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(bookmarks, 12, async bookmark =>
        {
            async Task<HttpStatusCode> Resume(ApiClient client, string caller)
            {
                var response = await client.PostAsync($"/api/bookmarks/{bookmark.BookmarkId}/resume",
                    new { input = new { caller }, idempotencyKey = $"{caller}-{bookmark.BookmarkId}" });
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Conflict))
                    unexpected.Add($"{caller} {bookmark.BookmarkId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return response.StatusCode;
            }
            var both = await Task.WhenAll(Resume(adminA, "a"), Resume(adminB, "b"));
            answers[bookmark.BookmarkId] = (both[0], both[1]);
        });
        output.WriteLine($"{clock.Elapsed}: {2 * Conflicts} conflicting resumes answered");

        await Ledger.WaitFinishedAsync(db, timers, Timers, TimeSpan.FromSeconds(180));
        output.WriteLine($"{clock.Elapsed}: {Timers} timers fired");
        await WaitTriggersMovedOnAsync(db, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(2)); // several more passes of both schedulers
        var started = (await db.QueryAsync("""SELECT "DefinitionId", COUNT(*) FROM wf_instances WHERE "DefinitionId" LIKE 'nodes-trigger-%' GROUP BY "DefinitionId" """))
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1]));
        Assert.Equal(triggers.Order(), started.Keys.Order());
        Assert.All(started.Values, count => Assert.Equal(1, count));
        output.WriteLine($"{clock.Elapsed}: {Triggers} timer triggers due at once started one instance each");

        Assert.Empty(unexpected);
        var winners = answers.Values.Select(a => (a.A == HttpStatusCode.OK ? 1 : 0) + (a.B == HttpStatusCode.OK ? 1 : 0)).ToList();
        Assert.Equal(Conflicts, answers.Count);
        Assert.All(winners, w => Assert.Equal(1, w));
        output.WriteLine($"node A won {answers.Values.Count(a => a.A == HttpStatusCode.OK)}, node B won {answers.Values.Count(a => a.B == HttpStatusCode.OK)}");

        await Ledger.AssertExactlyOnceAsync(db, events, "wait", Conflicts);
        await Ledger.AssertExactlyOnceAsync(db, timers, "delay", Timers);
        Assert.Equal(Conflicts, await db.ScalarAsync("""SELECT COUNT(*) FROM wf_idempotency_keys WHERE "Scope" LIKE 'resume:%' AND ("Key" LIKE 'a-%' OR "Key" LIKE 'b-%')"""));
        Assert.False(nodeA.HasExited || nodeB.HasExited, "a node died");
        output.WriteLine($"{clock.Elapsed}: verified, each exactly once");
    }

    /// <summary>A flow started by a Timer trigger once a day.</summary>
    private static System.Text.Json.Nodes.JsonObject DailyTimerTrigger(string definitionId)
    {
        var timer = Flows.Activity("timer", "Elsa.Timer", ("interval", Flows.Literal("TimeSpan", "1.00:00:00")));
        timer["canStartWorkflow"] = true;
        return Flows.Flowchart(definitionId,
            [timer, Flows.Activity("after", "Elsa.WriteLine", ("text", Flows.Literal("String", "after trigger")))],
            [Flows.Connect("timer", "after")]);
    }

    private static async Task WaitTriggersMovedOnAsync(DurabilityDatabase db, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var soon = DateTimeOffset.UtcNow.AddHours(1).UtcTicks;
        long waiting;
        while ((waiting = await db.ScalarAsync("""SELECT COUNT(*) FROM wf_triggers WHERE "DefinitionId" LIKE 'nodes-trigger-%' AND "DueAt" < @soon""", ("soon", soon))) > 0
               && DateTime.UtcNow < deadline)
            await Task.Delay(250);
        Assert.True(waiting == 0, $"{waiting} triggers still due after {timeout}");
    }
}
