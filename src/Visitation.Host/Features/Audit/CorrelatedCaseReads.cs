using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// Audits a read of data that belongs to a case through its flow: an instance's variables (names of child and parents), its
/// journal, a task. The case is found by the correlation id; a flow that runs for no case of the municipality is not audited.
/// </summary>
public sealed class CorrelatedCaseReads(VisitationDbContext db, AuditTrail audit)
{
    public async Task ReadAsync(string? correlationId, string action, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(correlationId, out var sagId)) return;
        var kommuneId = await db.Sager.AsNoTracking().Where(s => s.Id == sagId).Select(s => (Guid?)s.KommuneId).SingleOrDefaultAsync(cancellationToken);
        if (kommuneId is { } kommune) await audit.ReadAsync(kommune, [sagId], action, cancellationToken);
    }
}
