using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>A command that a client may repeat with the same idempotency key and get the first answer.</summary>
public interface IIdempotentCommand
{
    /// <summary>The client's key; none runs the command as usual.</summary>
    string? IdempotencyKey { get; }

    /// <summary>What the key is for (e.g. <c>resume:{bookmarkId}</c>): the same key for another target is another key.</summary>
    string IdempotencyScope { get; }

    /// <summary>The body the key was first used with; the same key with another body is refused (422).</summary>
    object IdempotencyRequest { get; }

    /// <summary>
    /// Whether the key is the caller's own: a command whose handler checks what the caller may see before it acts (a
    /// task on the work list) must not replay its answer to another caller who repeats the key.
    /// </summary>
    bool IdempotencyPerCaller => false;
}

/// <summary>
/// Runs a command at most once per idempotency key, scoped to the municipality and the command's target, inside the
/// command's transaction (it runs after <see cref="TransactionBehavior{TMessage,TResponse}"/>): the key is claimed
/// first, and the command's writes and the key's answer commit together. So a repeat answers with the first answer and
/// changes nothing, and a repeat that races its first request waits for that request's commit and then answers with
/// its answer (or, when the first request failed and rolled back, runs itself).
/// </summary>
/// <remarks>
/// The claim is the key's row, inserted before the handler runs. A second insert of the same key waits for the first
/// transaction: on PostgreSQL at the unique index, on SQLite already at the write lock its transaction takes when it
/// begins. When the first commits, the second's insert fails as a duplicate; its transaction is rolled back and the
/// command runs once more (<see cref="CommandTransaction.RaceLostException"/>), which now finds the committed answer.
/// </remarks>
public sealed class IdempotencyBehavior<TMessage, TResponse>(WorkflowDbContext db, CommandTransaction transaction, CurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    /// <summary>The length of the key table's scope column (<c>IdempotencyConfiguration</c>).</summary>
    private const int MaxScopeLength = 200;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IIdempotentCommand { IdempotencyKey: { Length: > 0 } key } command || user.KommuneId is not { } kommuneId)
            return await next(message, cancellationToken);
        var scope = command.IdempotencyPerCaller ? $"{command.IdempotencyScope}@{user.UserId}" : command.IdempotencyScope;
        // A target whose scope is longer than any stored one (e.g. a bookmark id of thousands of characters) names
        // nothing that exists: the handler gives its own answer (404), which a claim that cannot be stored would hide.
        if (scope.Length > MaxScopeLength) return await next(message, cancellationToken);
        if (!transaction.IsOpen) throw new InvalidOperationException("An idempotent command runs inside its command's transaction.");

        var tenantId = kommuneId.ToString();
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command.IdempotencyRequest))));
        var earlier = await db.IdempotencyKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.TenantId == tenantId && k.Scope == scope && k.Key == key, cancellationToken);
        if (earlier is not null) return Replay(earlier, requestHash);

        var claim = new IdempotencyRecord
        {
            TenantId = tenantId, Scope = scope, Key = key, RequestHash = requestHash, ResultJson = "", CreatedAt = clock.GetUtcNow(),
        };
        db.IdempotencyKeys.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same key was claimed by a request that has committed meanwhile (this insert waited for it).
            throw new CommandTransaction.RaceLostException();
        }
        db.Entry(claim).State = EntityState.Detached;

        var result = await next(message, cancellationToken);
        var resultJson = JsonSerializer.Serialize(result, Json.Options);
        await db.IdempotencyKeys.Where(k => k.TenantId == tenantId && k.Scope == scope && k.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.ResultJson, resultJson), cancellationToken);
        return result;
    }

    private static TResponse Replay(IdempotencyRecord record, string requestHash)
    {
        if (record.RequestHash != requestHash)
            throw new UnprocessableException([ErrorMessages.Error("/idempotencyKey", "idempotency.keyReused")]);
        return JsonSerializer.Deserialize<TResponse>(record.ResultJson, Json.Options)!;
    }
}

file static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
