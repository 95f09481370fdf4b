using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// What an import of the file would do, before anything is saved: each readable line with the offer it adds or changes, and every
/// finding by line and column. Nothing is written; <c>canImport</c> is true only when there is no finding.
/// </summary>
public static class PreviewOfferImport
{
    /// <summary>One line of the file as the import reads it; <c>action</c> is <c>create</c> or <c>update</c>, null when the line has findings.</summary>
    public sealed record Line(int LineNumber, string? Provider, string? Name, string? Type, decimal? Price, string? PriceUnit, string? Action, bool NewProvider,
        bool HasErrors);

    public sealed record Preview(bool CanImport, IReadOnlyList<Line> Lines, IReadOnlyList<ProblemError> Errors);

    public sealed record Query(string Csv) : IQuery<Preview>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, Preview>
    {
        public async ValueTask<Preview> Handle(Query query, CancellationToken cancellationToken)
        {
            var (lines, errors) = ImportOffers.Check(query.Csv);
            var providers = await db.Providers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            var offers = await db.Offers.AsNoTracking().Select(o => new { o.ProviderId, o.Name }).ToListAsync(cancellationToken);
            var wrongLines = errors.Select(e => e.Path.Split('/')).Where(p => p.Length > 2 && p[1] == "lines").Select(p => p[2]).ToHashSet();
            var result = lines.Select(line =>
            {
                var hasErrors = wrongLines.Contains(line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var provider = line.ProviderName is null
                    ? null
                    : providers.FirstOrDefault(p => string.Equals(p.Name, line.ProviderName.Trim(), StringComparison.OrdinalIgnoreCase));
                var exists = provider is not null && line.Fields.Name is not null &&
                             offers.Any(o => o.ProviderId == provider.Id && string.Equals(o.Name, line.Fields.Name.Trim(), StringComparison.OrdinalIgnoreCase));
                return new Line(line.Line, line.ProviderName?.Trim(), line.Fields.Name?.Trim(), line.Fields.Type, line.Fields.Price, line.Fields.PriceUnit,
                    hasErrors ? null : exists ? "update" : "create", provider is null && line.ProviderName is not null, hasErrors);
            }).ToList();
            return new Preview(errors.Count == 0, result, errors);
        }
    }
}
