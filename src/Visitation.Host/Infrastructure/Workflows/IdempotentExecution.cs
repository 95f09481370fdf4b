using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Host.Infrastructure.Workflows;

/// <summary>
/// Runs an engine operation at most once per idempotency key, scoped to the tenant and the target: the key is
/// claimed first, inside the operation's transaction, and the operation's commits and the key's result commit
/// together. So a repeat returns the first result and changes nothing, and a repeat that races its first request
/// waits for that request's commit and then returns its result (or, when the first request failed and rolled
/// back, runs itself). The same key with another body is refused (422). Without a key the operation still runs
/// in one transaction, so the instances it executes stay locked (PostgreSQL) until its commits are done and a
/// concurrent caller waits and then sees their result.
/// </summary>
/// <remarks>
/// The claim is the key's row, inserted before the operation runs. A second insert of the same key waits for
/// the first transaction: on PostgreSQL at the unique index, on SQLite already at the write lock its transaction
/// takes when it begins. When the first commits, the second's insert fails as a duplicate, and it answers with
/// the committed result.
/// </remarks>
public static class IdempotentExecution
{
    /// <summary>The length of the key table's scope column (<c>IdempotencyConfiguration</c>).</summary>
    private const int MaxScopeLength = 200;

    public static async Task<T> RunAsync<T>(WorkflowTenant tenant, string scope, string? key, object request, TimeProvider clock,
        Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key)) return await InTransactionAsync(tenant, operation, cancellationToken);
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

        if (await FindAsync(tenant, scope, key, cancellationToken) is { } earlier) return Replay<T>(earlier, requestHash);

        var db = tenant.Db;
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("An idempotent operation owns its transaction; start it outside any other.");
        // A target whose scope is longer than any stored one (e.g. a bookmark id of thousands of characters) names
        // nothing that exists: the operation gives its own answer (404), which a claim that cannot be stored would hide.
        if (scope.Length > MaxScopeLength) return await InTransactionAsync(tenant, operation, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = new IdempotencyRecord
        {
            TenantId = tenant.TenantId,
            Scope = scope,
            Key = key,
            RequestHash = requestHash,
            ResultJson = "",
            CreatedAt = clock.GetUtcNow(),
        };
        db.IdempotencyKeys.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same key was claimed by a request that has committed meanwhile (this insert waited for it).
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var winner = await FindAsync(tenant, scope, key, cancellationToken) ?? throw new InvalidOperationException("Idempotency key vanished.");
            return Replay<T>(winner, requestHash);
        }

        db.Entry(claim).State = EntityState.Detached;

        var result = await operation();
        var resultJson = JsonSerializer.Serialize(result, Json.Options);
        await db.IdempotencyKeys.Where(k => k.TenantId == tenant.TenantId && k.Scope == scope && k.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.ResultJson, resultJson), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<T> InTransactionAsync<T>(WorkflowTenant tenant, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        var db = tenant.Db;
        if (db.Database.CurrentTransaction is not null) return await operation();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await operation();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static Task<IdempotencyRecord?> FindAsync(WorkflowTenant tenant, string scope, string key, CancellationToken cancellationToken) =>
        tenant.Db.IdempotencyKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.TenantId == tenant.TenantId && k.Scope == scope && k.Key == key, cancellationToken);

    private static T Replay<T>(IdempotencyRecord record, string requestHash)
    {
        if (record.RequestHash != requestHash)
            throw new UnprocessableException([ErrorMessages.Error("/idempotencyKey", "idempotency.keyReused")]);
        return JsonSerializer.Deserialize<T>(record.ResultJson, Json.Options)!;
    }

    private static class Json
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };
    }
}
