using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Audit;

public sealed record AuditEntryView(DateTimeOffset At, string User, string Action, bool IsRead, string? Reason);

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
            var csv = new StringBuilder("at,user,action,kind,reason\r\n");
            foreach (var entry in entries)
                csv.Append(entry.At.ToString("O", CultureInfo.InvariantCulture)).Append(',').Append(Field(entry.User)).Append(',')
                    .Append(Field(entry.Action)).Append(',').Append(entry.IsRead ? "read" : "write").Append(',')
                    .Append(Field(entry.Reason ?? "")).Append("\r\n");
            return csv.ToString();
        }

        private async Task<IReadOnlyList<AuditEntryView>> LoadAsync(Guid sagId, string action, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == sagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SagId == sag.Id).OrderBy(e => e.Id)
                .Select(e => new AuditEntryView(e.At, e.UserName, e.Action, e.IsRead, e.Reason)).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], action, cancellationToken);
            return entries;
        }

        /// <summary>
        /// One CSV field. A value a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
        /// a tab or a carriage return) gets a leading apostrophe, so a user name or reason cannot turn the export into a formula.
        /// </summary>
        internal static string Field(string value)
        {
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
            return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
    }
}
