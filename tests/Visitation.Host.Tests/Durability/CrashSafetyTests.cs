using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Visitation.Host.Tests.Durability;

/// <summary>
/// The host is killed (SIGKILL) in the middle of a batch of resumes and started again: every transition is
/// applied exactly once, and timers that fell due while it was down fire once after the restart.
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Waiting = 300;
    private const int Timers = 20;
    private const int KillAfter = 100;

    protected abstract DurabilityDatabase NewDatabase();

    [Fact]
    public async Task Should_apply_each_resume_once_and_fire_missed_timers_once_when_the_host_is_killed_mid_batch()
    {
        var clock = Stopwatch.StartNew();
        await using var db = NewDatabase();
        await db.CreateAsync();
        var settings = new Dictionary<string, string?>(db.Settings) { ["Workflows:SchedulerInterval"] = "00:00:00.200" };

        var events = Flows.NewId("crash-event");
        var timers = Flows.NewId("crash-timer");
        var keys = new ConcurrentDictionary<string, string>();
        List<(string BookmarkId, string InstanceId)> bookmarks;
        var succeeded = new ConcurrentDictionary<string, bool>();
        var unexpected = new ConcurrentBag<string>();
        var failedInFlight = 0;

        using (var node = await HostProcess.StartAsync(settings))
        {
            using var designer = await node.SignedInAsync("procesdesigner@9901");
            using var admin = await node.SignedInAsync("administrator@9901");
            await designer.ImportAndPublishAsync(Flows.WaitForEvent(events, "crash-test"));
            await designer.ImportAndPublishAsync(Flows.Delay(timers, "P1D"));
            await Parallel.StartInstancesAsync([admin], events, Waiting);
            bookmarks = await Ledger.BookmarksAsync(db, events);
            Assert.Equal(Waiting, bookmarks.Count);
            await Parallel.StartInstancesAsync([admin], timers, Timers);
            output.WriteLine($"{clock.Elapsed}: {Waiting} waiting and {Timers} timer instances started");

            var done = 0;
            await Parallel.ForEachAsync(bookmarks, 16, async bookmark =>
            {
                var key = keys.GetOrAdd(bookmark.BookmarkId, id => $"crash-{id}");
                try
                {
                    var response = await admin.PostAsync($"/api/bookmarks/{bookmark.BookmarkId}/resume",
                        new { input = new { bookmark = bookmark.BookmarkId }, idempotencyKey = key });
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        succeeded[bookmark.BookmarkId] = true;
                        if (Interlocked.Increment(ref done) == KillAfter) node.Kill();
                    }
                    else unexpected.Add($"{bookmark.BookmarkId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref failedInFlight);
                }
            });
            Assert.True(node.HasExited, "the host was not killed");
        }
        output.WriteLine($"{clock.Elapsed}: killed after {succeeded.Count} answered resumes; {failedInFlight} requests failed");
        Assert.Empty(unexpected);
        Assert.InRange(succeeded.Count, KillAfter, Waiting - 1);

        // While the host is down, the timers fall due (moved to now rather than waited for, so the test does not
        // depend on how fast the machine is); none had fired before the kill.
        Assert.Equal(Timers, (await Ledger.BookmarksAsync(db, timers)).Count);
        Assert.Equal(Timers, await db.ExecuteAsync("""
            UPDATE wf_bookmarks SET "DueAt" = @now
            WHERE "DueAt" IS NOT NULL AND "WorkflowInstanceId" IN (SELECT "Id" FROM wf_instances WHERE "DefinitionId" = @d)
            """, ("now", DateTimeOffset.UtcNow.UtcTicks), ("d", timers)));

        using (var node = await HostProcess.StartAsync(settings))
        {
            output.WriteLine($"{clock.Elapsed}: restarted");
            using var admin = await node.SignedInAsync("administrator@9901");
            var retried = 0;
            await Parallel.ForEachAsync(bookmarks.Where(b => !succeeded.ContainsKey(b.BookmarkId)), 16, async bookmark =>
            {
                Interlocked.Increment(ref retried);
                var response = await admin.PostAsync($"/api/bookmarks/{bookmark.BookmarkId}/resume",
                    new { input = new { bookmark = bookmark.BookmarkId }, idempotencyKey = keys[bookmark.BookmarkId] });
                if (response.StatusCode == HttpStatusCode.OK) succeeded[bookmark.BookmarkId] = true;
                else unexpected.Add($"retry {bookmark.BookmarkId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            });
            output.WriteLine($"{clock.Elapsed}: {retried} resumes retried with their idempotency keys");
            Assert.Empty(unexpected);
            Assert.Equal(Waiting, succeeded.Count);

            await Ledger.WaitFinishedAsync(db, timers, Timers, TimeSpan.FromSeconds(180));
            output.WriteLine($"{clock.Elapsed}: missed timers fired");
        }

        await Ledger.AssertExactlyOnceAsync(db, events, "wait", Waiting);
        await Ledger.AssertExactlyOnceAsync(db, timers, "delay", Timers);
        Assert.Equal(Waiting, await db.ScalarAsync("""SELECT COUNT(*) FROM wf_idempotency_keys WHERE "Key" LIKE 'crash-%'"""));
        Assert.Equal(Timers, await db.ScalarAsync("""
            SELECT COUNT(*) FROM wf_journal j JOIN wf_instances i ON i."Id" = j."WorkflowInstanceId"
            WHERE i."DefinitionId" = @d AND j."ActivityId" = 'delay' AND j."Event" = 'Resumed' AND j."Actor" = 'scheduler'
            """, ("d", timers)));
        output.WriteLine($"{clock.Elapsed}: verified {Waiting} resumes and {Timers} timers, each exactly once");
    }
}

[Collection(DurabilityCollection.Name)]
public sealed class CrashSafetyTestsOnSqlite(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override DurabilityDatabase NewDatabase() => new SqliteDurabilityDatabase();
}

[Collection(DurabilityCollection.Name)]
public sealed class CrashSafetyTestsOnPostgres(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override DurabilityDatabase NewDatabase() => new PostgresDurabilityDatabase();
}
