using Visitation.Activities.Opfoelgning;
using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The flows' re-visitation deadline: the municipality's version of <c>genvisitation-14d</c> from the expiry notice, but
/// never after the end of the grant's last day in the municipality's time zone (a short notice must not let the task
/// fall due after the help has stopped).
/// </summary>
public sealed class GenvisitationFrist(IServiceScopeFactory scopes) : IGenvisitationFrist
{
    public async Task<DateTimeOffset> DueAtAsync(string tenantId, DateTimeOffset varsletAt, DateOnly? slut, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var kommuneId)) throw new ArgumentException("The tenant is not a municipality.", nameof(tenantId));
        await using var scope = scopes.CreateAsyncScope();
        var frister = scope.ServiceProvider.GetRequiredService<FristResolver>();
        var (_, due) = await frister.DueAtAsync(kommuneId, FristRules.Genvisitation.Id, varsletAt, cancellationToken);
        if (slut is not { } last) return due;
        var endOfGrant = OpfoelgningBeregner.DueAt(last, await frister.TimeZoneOfAsync(kommuneId, cancellationToken));
        return endOfGrant < due ? endOfGrant : due;
    }
}
