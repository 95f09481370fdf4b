using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>Writes a validated cadence onto its rule; two people saving the same rule at once get a 409 for the second.</summary>
public static class KadenceWriter
{
    public static void Apply(KadenceRegel rule, KadenceInput input, DateTimeOffset now, string actor)
    {
        rule.TrinJson = KadenceResolver.Write(input.ToSteps());
        rule.Begrundelse = input.Reason;
        rule.AendretAt = now;
        rule.AendretAf = actor;
    }

    public static async Task SaveAsync(VisitationDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(ErrorMessages.Error("", "opfoelgning.concurrentChange"));
        }
    }
}
