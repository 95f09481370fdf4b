using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// The SQL of a step's writes, built once per model from its metadata (table and column names, value converters,
/// identifier quoting), so it stays the same on SQLite and PostgreSQL as the migrations.
/// </summary>
internal sealed class StepSql
{
    static readonly ConcurrentDictionary<IModel, StepSql> Cache = new();

    StepSql(DbContext db)
    {
        var model = db.Model;
        var sql = db.GetService<ISqlGenerationHelper>();
        Instances = new RowSql(model.FindEntityType(typeof(WorkflowInstanceRecord))!, sql);
        Bookmarks = new RowSql(model.FindEntityType(typeof(BookmarkRecord))!, sql);
        Journal = new RowSql(model.FindEntityType(typeof(JournalRecord))!, sql);
        Incidents = new RowSql(model.FindEntityType(typeof(IncidentRecord))!, sql);
        Outbox = new RowSql(model.FindEntityType(typeof(OutboxRecord))!, sql);

        // Everything but the identity and creation columns changes with a step.
        UpdateInstanceColumns = Instances.Columns.Where(c => c.Name is not (nameof(WorkflowInstanceRecord.Id) or nameof(WorkflowInstanceRecord.TenantId)
            or nameof(WorkflowInstanceRecord.DefinitionId) or nameof(WorkflowInstanceRecord.CreatedAt) or nameof(WorkflowInstanceRecord.ParentInstanceId)
            or nameof(WorkflowInstanceRecord.CorrelationId))).ToArray();
        var id = Instances.Column(nameof(WorkflowInstanceRecord.Id));
        var tenant = Instances.Column(nameof(WorkflowInstanceRecord.TenantId));
        var version = Instances.Column(nameof(WorkflowInstanceRecord.Version));
        UpdateInstance = $"UPDATE {Instances.Table} SET {string.Join(", ", UpdateInstanceColumns.Select(c => $"{c.Quoted} = @u_{c.Name}"))} "
            + $"WHERE {tenant.Quoted} = @guard_tenant AND {id.Quoted} = @u_{id.Name} AND {version.Quoted} = @guard_version";
        var definitions = new RowSql(model.FindEntityType(typeof(WorkflowDefinitionRecord))!, sql);
        var definitionWhere = $"WHERE {definitions.Column(nameof(WorkflowDefinitionRecord.TenantId)).Quoted} = @tenant "
            + $"AND {definitions.Column(nameof(WorkflowDefinitionRecord.DefinitionId)).Quoted} = @definition AND ";
        var definitionJson = $"SELECT {definitions.Column(nameof(WorkflowDefinitionRecord.Json)).Quoted}, {definitions.Column(nameof(WorkflowDefinitionRecord.Version)).Quoted} FROM {definitions.Table} ";
        SelectDefinitionVersion = definitionJson + definitionWhere + $"{definitions.Column(nameof(WorkflowDefinitionRecord.Version)).Quoted} = @version";
        EffectiveFrom = definitions.Column(nameof(WorkflowDefinitionRecord.EffectiveFrom));
        SelectPublishedDefinition = definitionJson + definitionWhere + $"{definitions.Column(nameof(WorkflowDefinitionRecord.State)).Quoted} = @state "
            + $"AND {EffectiveFrom.Quoted} <= @now ORDER BY {EffectiveFrom.Quoted} DESC, {definitions.Column(nameof(WorkflowDefinitionRecord.Version)).Quoted} DESC LIMIT 1";
        PublishedState = definitions.Column(nameof(WorkflowDefinitionRecord.State)).ToProvider(DefinitionVersionState.Published)!;
        // The instance with its definition version's JSON: the definition a step runs is read in the same round trip.
        SelectInstance = $"SELECT i.{Instances.Column(nameof(WorkflowInstanceRecord.StateJson)).Quoted}, i.{version.Quoted}, "
            + $"d.{definitions.Column(nameof(WorkflowDefinitionRecord.Json)).Quoted}, d.{definitions.Column(nameof(WorkflowDefinitionRecord.Version)).Quoted} "
            + $"FROM {Instances.Table} i LEFT JOIN {definitions.Table} d ON d.{definitions.Column(nameof(WorkflowDefinitionRecord.TenantId)).Quoted} = i.{tenant.Quoted} "
            + $"AND d.{definitions.Column(nameof(WorkflowDefinitionRecord.DefinitionId)).Quoted} = i.{Instances.Column(nameof(WorkflowInstanceRecord.DefinitionId)).Quoted} "
            + $"AND d.{definitions.Column(nameof(WorkflowDefinitionRecord.Version)).Quoted} = i.{Instances.Column(nameof(WorkflowInstanceRecord.DefinitionVersion)).Quoted} "
            + $"WHERE i.{tenant.Quoted} = @tenant AND i.{id.Quoted} = @id";
        DeleteBookmarksPrefix = $"DELETE FROM {Bookmarks.Table} WHERE {Bookmarks.Column(nameof(BookmarkRecord.TenantId)).Quoted} = @rb_tenant "
            + $"AND {Bookmarks.Column(nameof(BookmarkRecord.Id)).Quoted} IN (";
    }

    public static StepSql For(DbContext db) => Cache.GetOrAdd(db.Model, _ => new StepSql(db));

    public RowSql Instances { get; }
    public RowSql Bookmarks { get; }
    public RowSql Journal { get; }
    public RowSql Incidents { get; }
    public RowSql Outbox { get; }
    public string UpdateInstance { get; }
    public RowSql.ColumnSql[] UpdateInstanceColumns { get; }
    public string DeleteBookmarksPrefix { get; }
    public string SelectInstance { get; }
    public string SelectDefinitionVersion { get; }
    public string SelectPublishedDefinition { get; }
    public object PublishedState { get; }
    public RowSql.ColumnSql EffectiveFrom { get; }

    public static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
