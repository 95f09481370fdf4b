using Visitation.Activities.Frister;

namespace Visitation.Host.Features.Frister;

/// <summary>The flows' deadline calculator: resolves a rule by id for the tenant's municipality in a scope of its own.</summary>
public sealed class FristBeregner(IServiceScopeFactory scopes) : IFristBeregner
{
    public async Task<DateTimeOffset> DueAtAsync(string tenantId, string ruleId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var kommuneId)) throw new ArgumentException("The tenant is not a municipality.", nameof(tenantId));
        await using var scope = scopes.CreateAsyncScope();
        var (_, dueAt) = await scope.ServiceProvider.GetRequiredService<FristResolver>().DueAtAsync(kommuneId, ruleId, start, cancellationToken);
        return dueAt;
    }
}
