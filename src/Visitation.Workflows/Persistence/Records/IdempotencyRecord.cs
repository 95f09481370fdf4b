namespace Visitation.Workflows.Persistence.Records;

/// <summary>
/// The first result of a request made with an idempotency key. A repeat with the same body gets this result
/// back and changes nothing; the same key with another body is refused.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string TenantId { get; set; }

    /// <summary>What the key applies to, e.g. <c>execute:{definitionId}</c> or <c>resume:{bookmarkId}</c>.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body, to tell a repeat from a reuse of the key.</summary>
    public required string RequestHash { get; set; }

    public required string ResultJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
