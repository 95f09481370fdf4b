using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Host.Infrastructure.Workflows;

/// <summary>
/// Runs an engine operation at most once per idempotency key, scoped to the tenant and the target: the
/// operation's commits and the key's first result share one transaction, so a repeat returns that result
/// and changes nothing, even when two repeats race. The same key with another body is refused (422).
/// Without a key the operation still runs in one transaction, so the instances it executes stay locked
/// (PostgreSQL) until its commits are done and a concurrent caller waits and then sees their result.
/// </summary>
public static class IdempotentExecution
{
    public static async Task<T> RunAsync<T>(WorkflowTenant tenant, string scope, string? key, object request, TimeProvider clock,
        Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key)) return await InTransactionAsync(tenant, operation, cancellationToken);
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

        if (await FindAsync(tenant, scope, key, cancellationToken) is { } earlier) return Replay<T>(earlier, requestHash);

        var db = tenant.Db;
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("An idempotent operation owns its transaction; start it outside any other.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await operation();
        db.IdempotencyKeys.Add(new IdempotencyRecord
        {
            TenantId = tenant.TenantId,
            Scope = scope,
            Key = key,
            RequestHash = requestHash,
            ResultJson = JsonSerializer.Serialize(result, Json.Options),
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key committed first: undo ours and answer with its result.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var winner = await FindAsync(tenant, scope, key, cancellationToken) ?? throw new InvalidOperationException("Idempotency key vanished.");
            return Replay<T>(winner, requestHash);
        }
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
