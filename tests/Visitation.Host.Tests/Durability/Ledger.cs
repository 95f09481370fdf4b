namespace Visitation.Host.Tests.Durability;

/// <summary>What the database says happened to the instances of one flow: counted, not timed.</summary>
public static class Ledger
{
    public sealed record InstanceFacts(string Id, string Status, long Version, long FirstSequence, long JournalRows, long LastSequence,
        long Resumed, long After, long Bookmarks);

    /// <summary>The waiting bookmarks of a flow's instances: (bookmark id, instance id).</summary>
    public static async Task<List<(string BookmarkId, string InstanceId)>> BookmarksAsync(DurabilityDatabase db, string definitionId) =>
        (await db.QueryAsync("""
            SELECT b."Id", b."WorkflowInstanceId" FROM wf_bookmarks b
            JOIN wf_instances i ON i."Id" = b."WorkflowInstanceId"
            WHERE i."DefinitionId" = @definition ORDER BY b."Id"
            """, ("definition", definitionId)))
        .Select(r => ((string)r[0]!, (string)r[1]!)).ToList();

    public static async Task<List<InstanceFacts>> FactsAsync(DurabilityDatabase db, string definitionId, string resumedActivity) =>
        (await db.QueryAsync("""
            SELECT i."Id", i."Status", i."Version",
              (SELECT COALESCE(MIN(j."Sequence"), 0) FROM wf_journal j WHERE j."WorkflowInstanceId" = i."Id"),
              (SELECT COUNT(*) FROM wf_journal j WHERE j."WorkflowInstanceId" = i."Id"),
              (SELECT COALESCE(MAX(j."Sequence"), 0) FROM wf_journal j WHERE j."WorkflowInstanceId" = i."Id"),
              (SELECT COUNT(*) FROM wf_journal j WHERE j."WorkflowInstanceId" = i."Id" AND j."ActivityId" = @resumed AND j."Event" = 'Resumed'),
              (SELECT COUNT(*) FROM wf_journal j WHERE j."WorkflowInstanceId" = i."Id" AND j."ActivityId" = 'after' AND j."Event" = 'Completed'),
              (SELECT COUNT(*) FROM wf_bookmarks b WHERE b."WorkflowInstanceId" = i."Id")
            FROM wf_instances i WHERE i."DefinitionId" = @definition
            """, ("definition", definitionId), ("resumed", resumedActivity)))
        .Select(r => new InstanceFacts((string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2]), Convert.ToInt64(r[3]), Convert.ToInt64(r[4]),
            Convert.ToInt64(r[5]), Convert.ToInt64(r[6]), Convert.ToInt64(r[7]), Convert.ToInt64(r[8])))
        .ToList();

    public static async Task<long> FinishedAsync(DurabilityDatabase db, string definitionId) =>
        await db.ScalarAsync("""SELECT COUNT(*) FROM wf_instances WHERE "DefinitionId" = @definition AND "Status" = 'Finished'""",
            ("definition", definitionId));

    /// <summary>
    /// Every instance of the flow made exactly two commits (start, one resume): it finished, its version is 2, the
    /// resumed activity was resumed once, the activity after it completed once, no bookmark is left, and its journal
    /// is gap-free (sequences 1..n, each once).
    /// </summary>
    public static async Task AssertExactlyOnceAsync(DurabilityDatabase db, string definitionId, string resumedActivity, int expected)
    {
        var facts = await FactsAsync(db, definitionId, resumedActivity);
        var wrong = facts.Where(f => f.Status != "Finished" || f.Version != 2 || f.Resumed != 1 || f.After != 1 || f.Bookmarks != 0
            || f.FirstSequence != 1 || f.JournalRows != f.LastSequence).ToList();
        Assert.True(facts.Count == expected && wrong.Count == 0,
            $"{definitionId}: {facts.Count} instances (expected {expected}), {wrong.Count} wrong, e.g. {string.Join("; ", wrong.Take(5))}");
        var duplicates = await db.ScalarAsync("""
            SELECT COUNT(*) FROM (SELECT j."WorkflowInstanceId", j."Sequence" FROM wf_journal j
              JOIN wf_instances i ON i."Id" = j."WorkflowInstanceId" WHERE i."DefinitionId" = @definition
              GROUP BY j."WorkflowInstanceId", j."Sequence" HAVING COUNT(*) > 1) d
            """, ("definition", definitionId));
        Assert.Equal(0, duplicates);
    }

    /// <summary>Polls until <paramref name="expected"/> instances of the flow have finished.</summary>
    public static async Task WaitFinishedAsync(DurabilityDatabase db, string definitionId, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long finished;
        while ((finished = await FinishedAsync(db, definitionId)) < expected && DateTime.UtcNow < deadline) await Task.Delay(250);
        Assert.True(finished >= expected, $"{definitionId}: {finished} of {expected} finished within {timeout}");
    }
}
