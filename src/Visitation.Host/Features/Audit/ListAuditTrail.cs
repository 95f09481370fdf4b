using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Audit;

public sealed record AuditEntryView(DateTimeOffset At, string User, string Action, bool IsRead);

/// <summary>A leader lists who read or changed a case, oldest first, or exports the same as CSV; looking is itself recorded.</summary>
public static class ListAuditTrail
{
    public sealed record Query(Guid SagId) : IQuery<IReadOnlyList<AuditEntryView>>;

    public sealed record CsvQuery(Guid SagId) : IQuery<string>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<AuditEntryView>>, IQueryHandler<CsvQuery, string>
    {
        public async ValueTask<IReadOnlyList<AuditEntryView>> Handle(Query query, CancellationToken cancellationToken) =>
            await LoadAsync(query.SagId, "audit.read", cancellationToken);

        public async ValueTask<string> Handle(CsvQuery query, CancellationToken cancellationToken)
        {
            var entries = await LoadAsync(query.SagId, "audit.export", cancellationToken);
            var csv = new StringBuilder("at,user,action,kind\r\n");
            foreach (var entry in entries)
                csv.Append(entry.At.ToString("O", CultureInfo.InvariantCulture)).Append(',').Append(Field(entry.User)).Append(',')
                    .Append(Field(entry.Action)).Append(',').Append(entry.IsRead ? "read" : "write").Append("\r\n");
            return csv.ToString();
        }

        private async Task<IReadOnlyList<AuditEntryView>> LoadAsync(Guid sagId, string action, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == sagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SagId == sag.Id).OrderBy(e => e.Id)
                .Select(e => new AuditEntryView(e.At, e.UserName, e.Action, e.IsRead)).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], action, cancellationToken);
            return entries;
        }

        private static string Field(string value) =>
            value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
