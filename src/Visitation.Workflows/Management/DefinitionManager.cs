using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Management;

/// <summary>The lifecycle of one tenant's definitions: draft → publish (with a note) → retract.</summary>
/// <remarks>
/// A definition has at most one draft (always its latest version) and at most one published version.
/// Saving edits the draft, or opens a new one after the latest published version; publishing validates the
/// draft, makes it the version new instances start on, supersedes the previous one and replaces the
/// triggers; instances keep the version they started on, and no version is ever deleted here.
/// </remarks>
public sealed class DefinitionManager(WorkflowDbContext db, string tenantId, DefinitionValidator validator, WorkflowRuntime runtime, TimeProvider clock)
{
    public async Task<DefinitionVersionInfo> SaveDraftAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var latest = await Versions(definition.DefinitionId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        var record = latest is { State: DefinitionVersionState.Draft } ? latest : null;
        if (record is null)
        {
            record = new WorkflowDefinitionRecord
            {
                Id = Guid.CreateVersion7().ToString("N"),
                TenantId = tenantId,
                DefinitionId = definition.DefinitionId,
                Version = (latest?.Version ?? 0) + 1,
                Name = "",
                Json = "",
                State = DefinitionVersionState.Draft,
                CreatedAt = now,
                CreatedBy = actor,
            };
            db.Definitions.Add(record);
        }
        definition.Id = record.Id;
        definition.Version = record.Version;
        definition.IsLatest = true;
        definition.IsPublished = false;
        definition.CreatedAt ??= now;
        record.Name = string.IsNullOrWhiteSpace(definition.Name) ? definition.DefinitionId : definition.Name!;
        record.Json = DefinitionSerializer.Write(definition);
        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return DefinitionVersionInfo.From(record, now);
    }

    /// <summary>
    /// Publishes the draft, effective now or from <paramref name="effectiveFrom"/>. A version effective now
    /// supersedes the current one and takes over its triggers at once; a later one waits for its date
    /// (<see cref="ActivateDueVersionsAsync"/>), and until then new instances keep starting on the current one.
    /// </summary>
    public async Task<DefinitionVersionInfo> PublishAsync(string definitionId, string? note, string? actor, DateTimeOffset? effectiveFrom = null,
        CancellationToken cancellationToken = default)
    {
        var versions = await Versions(definitionId).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' was not found.");
        var draft = versions.SingleOrDefault(v => v.State == DefinitionVersionState.Draft)
            ?? throw new DefinitionStateException("definition.noDraft", $"Workflow definition '{definitionId}' has no draft to publish.");

        var definition = DefinitionSerializer.Read(draft.Json);
        var result = validator.Validate(definition);
        if (!result.Valid) throw new DefinitionInvalidException(result);

        var now = clock.GetUtcNow();
        var effective = effectiveFrom is { } from && from > now ? from : now;
        await using var transaction = await BeginUnlessJoinedAsync(cancellationToken);
        definition.IsPublished = true;
        draft.Json = DefinitionSerializer.Write(definition);
        draft.State = DefinitionVersionState.Published;
        draft.PublishNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        draft.PublishedAt = now;
        draft.PublishedBy = actor;
        draft.EffectiveFrom = effective;
        draft.UpdatedAt = now;
        if (effective <= now) await ActivateAsync(draft, definition, versions, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return DefinitionVersionInfo.From(draft, now);
    }

    /// <summary>Makes this tenant's versions whose effective date has come the current ones. Returns how many.</summary>
    public async Task<int> ActivateDueVersionsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Definitions
            .Where(d => d.TenantId == tenantId && d.State == DefinitionVersionState.Published && d.ActivatedAt == null && d.EffectiveFrom <= now)
            .OrderBy(d => d.EffectiveFrom).ToListAsync(cancellationToken);
        foreach (var version in due)
        {
            await using var transaction = await BeginUnlessJoinedAsync(cancellationToken);
            var versions = await Versions(version.DefinitionId).ToListAsync(cancellationToken);
            var record = versions.Single(v => v.Id == version.Id);
            await ActivateAsync(record, DefinitionSerializer.Read(record.Json), versions, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return due.Count;
    }

    private async Task ActivateAsync(WorkflowDefinitionRecord version, WorkflowDefinition definition, List<WorkflowDefinitionRecord> versions,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var older in versions.Where(v => v.Id != version.Id && v.State == DefinitionVersionState.Published && v.EffectiveFrom <= version.EffectiveFrom))
        {
            older.State = DefinitionVersionState.Superseded;
            older.UpdatedAt = now;
        }
        version.ActivatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await runtime.PublishTriggersAsync(definition, tenantId, cancellationToken);
    }

    /// <summary>Takes every published version (current and scheduled) out of use and removes the triggers.</summary>
    public async Task<DefinitionVersionInfo> RetractAsync(string definitionId, string? actor, CancellationToken cancellationToken = default)
    {
        var versions = await Versions(definitionId).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' was not found.");
        var published = versions.Where(v => v.State == DefinitionVersionState.Published).OrderByDescending(v => v.EffectiveFrom).ToList();
        if (published.Count == 0)
            throw new DefinitionStateException("definition.notPublished", $"Workflow definition '{definitionId}' has no published version.");

        var now = clock.GetUtcNow();
        await using var transaction = await BeginUnlessJoinedAsync(cancellationToken);
        foreach (var version in published)
        {
            version.State = DefinitionVersionState.Retracted;
            version.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        await runtime.RetractTriggersAsync(definitionId, tenantId, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return DefinitionVersionInfo.From(published[0], now);
    }

    /// <summary>A version's record; <paramref name="version"/> null means the latest.</summary>
    public async Task<WorkflowDefinitionRecord> GetAsync(string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        var query = Versions(definitionId).AsNoTracking();
        var record = version is { } v
            ? await query.SingleOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        return record ?? throw new WorkflowNotFoundException(
            $"Workflow definition '{definitionId}'{(version is null ? "" : $" version {version}")} was not found.");
    }

    /// <summary>Whether the tenant has any version of the definition, published or not.</summary>
    public Task<bool> ExistsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Versions(definitionId).AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<DefinitionVersionInfo>> VersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await Versions(definitionId).AsNoTracking().OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' was not found.");
        var now = clock.GetUtcNow();
        return versions.Select(v => DefinitionVersionInfo.From(v, now)).ToList();
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Definitions.AsNoTracking().Where(d => d.TenantId == tenantId)
            .Select(d => new { d.DefinitionId, d.Name, d.Version, d.State, d.UpdatedAt, d.EffectiveFrom })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.DefinitionId)
            .Select(g =>
            {
                var latest = g.MaxBy(r => r.Version)!;
                var published = g.Where(r => r.State == DefinitionVersionState.Published && r.EffectiveFrom <= now).MaxBy(r => r.EffectiveFrom);
                return new DefinitionSummary(g.Key, latest.Name, latest.Version, published?.Version, g.Max(r => r.UpdatedAt));
            })
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private IQueryable<WorkflowDefinitionRecord> Versions(string definitionId) =>
        db.Definitions.Where(d => d.TenantId == tenantId && d.DefinitionId == definitionId);

    /// <summary>A transaction of its own, unless the caller's is open (a host command): then the change commits with it.</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginUnlessJoinedAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
}
