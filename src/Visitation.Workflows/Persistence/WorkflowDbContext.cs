using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// The engine's own tables (prefixed <c>wf_</c>, migrations history <c>__workflow_migrations</c>), next to the
/// host's tables in the same database. Each provider has a thin subclass that owns its migrations.
/// </summary>
/// <remarks>
/// Instants are stored as UTC ticks so that SQLite compares and orders them like PostgreSQL; enums as
/// strings. Every row carries its tenant, and every query of the engine names the tenant.
/// </remarks>
public abstract class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__workflow_migrations";

    public DbSet<WorkflowDefinitionRecord> Definitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> Instances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<RecurringJobRecord> RecurringJobs => Set<RecurringJobRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.InstanceConfiguration).Namespace);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

/// <summary>The embedded default (one node).</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options);

/// <summary>Production and several nodes.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options);
