using System.Globalization;
using Microsoft.Data.Sqlite;
using Visitation.Workflows.Execution;

namespace Visitation.Benchmarks;

/// <summary>
/// The floor of figure 2: plain Microsoft.Data.Sqlite, prepared commands, one transaction per commit doing the
/// writes a resume does (the instance row updated with its state JSON under the version guard, the journal rows
/// inserted, one bookmark row deleted and one inserted), on the same schema (the engine's migrations), WAL and
/// synchronous=NORMAL. No reads, no (de)serialisation, no execution: what the database alone costs.
/// </summary>
public sealed class RawFloor(SqliteConnection connection, RawFloor.Shape shape, int instances) : IDisposable
{
    /// <summary>The writes of one real resume, measured from the runtime's step.</summary>
    public sealed record Shape(string StateJson, IReadOnlyList<JournalEntry> Journal, string BookmarkName, string BookmarkHash, string ActivityId)
    {
        public static Shape From(WorkflowStep step)
        {
            var bookmark = step.BookmarksCreated.Single();
            return new Shape(step.State.ToJson(), step.Journal, bookmark.Name, bookmark.Hash, bookmark.ActivityId);
        }
    }

    readonly long[] _versions = new long[instances];
    readonly int[] _journalCounts = new int[instances];
    readonly string[] _bookmarks = new string[instances];
    SqliteCommand? _update, _deleteBookmark, _insertBookmark, _insertJournal;
    int _next;

    static string InstanceId(int i) => "floor-" + i.ToString(CultureInfo.InvariantCulture);

    public void Seed()
    {
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < instances; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO wf_instances (Id, TenantId, DefinitionId, DefinitionVersion, Status, SubStatus, CorrelationId, ParentInstanceId, StateJson, Version, CreatedAt, UpdatedAt, FinishedAt)
                VALUES ($id, $tenant, 'bench-resume-loop', 1, 'Running', 'Suspended', NULL, NULL, $state, 1, $now, $now, NULL)
                """;
            insert.Parameters.AddWithValue("$id", InstanceId(i));
            insert.Parameters.AddWithValue("$tenant", Sqlite.Tenant);
            insert.Parameters.AddWithValue("$state", shape.StateJson);
            insert.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.UtcTicks);
            insert.ExecuteNonQuery();
            _versions[i] = 1;
            _bookmarks[i] = Guid.CreateVersion7().ToString("N");
            InsertBookmark(i, _bookmarks[i], DateTimeOffset.UtcNow.UtcTicks, transaction);
        }
        transaction.Commit();
    }

    /// <summary>One commit of one resume.</summary>
    public void Commit()
    {
        var i = _next++ % instances;
        var now = DateTimeOffset.UtcNow.UtcTicks;
        using var transaction = connection.BeginTransaction();

        _update ??= Prepare("""
            UPDATE wf_instances SET DefinitionVersion = 1, Status = $status, SubStatus = $subStatus, StateJson = $state, Version = $next, UpdatedAt = $now, FinishedAt = NULL
            WHERE TenantId = $tenant AND Id = $id AND Version = $expected
            """, "$status", "$subStatus", "$state", "$next", "$now", "$tenant", "$id", "$expected");
        _update.Transaction = transaction;
        var p = _update.Parameters;
        p["$status"].Value = "Running";
        p["$subStatus"].Value = "Suspended";
        p["$state"].Value = shape.StateJson;
        p["$next"].Value = _versions[i] + 1;
        p["$now"].Value = now;
        p["$tenant"].Value = Sqlite.Tenant;
        p["$id"].Value = InstanceId(i);
        p["$expected"].Value = _versions[i];
        if (_update.ExecuteNonQuery() != 1) throw new InvalidOperationException("version guard failed");

        _deleteBookmark ??= Prepare("DELETE FROM wf_bookmarks WHERE TenantId = $tenant AND Id = $id", "$tenant", "$id");
        _deleteBookmark.Transaction = transaction;
        _deleteBookmark.Parameters["$tenant"].Value = Sqlite.Tenant;
        _deleteBookmark.Parameters["$id"].Value = _bookmarks[i];
        _deleteBookmark.ExecuteNonQuery();

        var bookmark = Guid.CreateVersion7().ToString("N");
        InsertBookmark(i, bookmark, now, transaction);

        _insertJournal ??= Prepare("""
            INSERT INTO wf_journal (TenantId, WorkflowInstanceId, Sequence, Timestamp, ActivityId, ActivityType, Event, Outcome, Actor, Message)
            VALUES ($tenant, $instance, $sequence, $timestamp, $activityId, $activityType, $event, $outcome, $actor, $message)
            """, "$tenant", "$instance", "$sequence", "$timestamp", "$activityId", "$activityType", "$event", "$outcome", "$actor", "$message");
        _insertJournal.Transaction = transaction;
        var sequence = _journalCounts[i];
        foreach (var entry in shape.Journal)
        {
            var j = _insertJournal.Parameters;
            j["$tenant"].Value = Sqlite.Tenant;
            j["$instance"].Value = InstanceId(i);
            j["$sequence"].Value = ++sequence;
            j["$timestamp"].Value = now;
            j["$activityId"].Value = (object?)entry.ActivityId ?? DBNull.Value;
            j["$activityType"].Value = (object?)entry.ActivityType ?? DBNull.Value;
            j["$event"].Value = entry.Event.ToString();
            j["$outcome"].Value = (object?)entry.Outcome ?? DBNull.Value;
            j["$actor"].Value = (object?)entry.Actor ?? DBNull.Value;
            j["$message"].Value = (object?)entry.Message ?? DBNull.Value;
            _insertJournal.ExecuteNonQuery();
        }

        transaction.Commit();
        _versions[i]++;
        _journalCounts[i] = sequence;
        _bookmarks[i] = bookmark;
    }

    void InsertBookmark(int i, string id, long now, SqliteTransaction transaction)
    {
        _insertBookmark ??= Prepare("""
            INSERT INTO wf_bookmarks (Id, TenantId, WorkflowInstanceId, Name, Hash, ActivityId, ActivityInstanceId, CorrelationId, PayloadJson, CallbackMethodName, DueAt, FireAttempts, CreatedAt)
            VALUES ($id, $tenant, $instance, $name, $hash, $activityId, $activityInstanceId, NULL, NULL, 'OnEventAsync', NULL, 0, $createdAt)
            """, "$id", "$tenant", "$instance", "$name", "$hash", "$activityId", "$activityInstanceId", "$createdAt");
        _insertBookmark.Transaction = transaction;
        var p = _insertBookmark.Parameters;
        p["$id"].Value = id;
        p["$tenant"].Value = Sqlite.Tenant;
        p["$instance"].Value = InstanceId(i);
        p["$name"].Value = shape.BookmarkName;
        p["$hash"].Value = shape.BookmarkHash;
        p["$activityId"].Value = shape.ActivityId;
        p["$activityInstanceId"].Value = Guid.CreateVersion7().ToString("N");
        p["$createdAt"].Value = now;
        _insertBookmark.ExecuteNonQuery();
    }

    SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
        return command;
    }

    public void Dispose()
    {
        _update?.Dispose();
        _deleteBookmark?.Dispose();
        _insertBookmark?.Dispose();
        _insertJournal?.Dispose();
    }
}
