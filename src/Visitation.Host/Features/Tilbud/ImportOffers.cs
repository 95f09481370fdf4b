using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// A catalogue editor imports offers from CSV (<see cref="OfferCsv"/>). A line adds the offer, or updates the provider's offer of the
/// same name; a provider not yet in the catalogue is added by name. When any line is wrong, every finding is reported (422) and
/// nothing is imported.
/// </summary>
public static class ImportOffers
{
    public sealed record Command(string Csv) : ICommand<OfferImportResult>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Command, OfferImportResult>
    {
        public async ValueTask<OfferImportResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var (lines, errors) = Check(command.Csv);
            if (errors.Count > 0) throw new UnprocessableException(errors);

            var kommuneId = currentUser.RequireKommuneId();
            var providers = await db.Providers.ToListAsync(cancellationToken);
            var offers = await db.Offers.ToListAsync(cancellationToken);
            int created = 0, updated = 0, providersCreated = 0;
            foreach (var line in lines)
            {
                var provider = providers.FirstOrDefault(p => string.Equals(p.Name, line.ProviderName!.Trim(), StringComparison.OrdinalIgnoreCase));
                if (provider is null)
                {
                    provider = new Provider { Id = Guid.NewGuid(), KommuneId = kommuneId, Name = line.ProviderName!.Trim() };
                    providers.Add(provider);
                    db.Providers.Add(provider);
                    providersCreated++;
                }
                if (line.ProviderCvr is not null) provider.Cvr = ProviderRules.CleanCvr(line.ProviderCvr);
                var offer = offers.FirstOrDefault(o => o.ProviderId == provider.Id && string.Equals(o.Name, line.Fields.Name!.Trim(), StringComparison.OrdinalIgnoreCase));
                if (offer is null)
                {
                    offer = new Offer
                    {
                        Id = Guid.NewGuid(), KommuneId = kommuneId, ProviderId = provider.Id, Name = "", Type = "", LegalBasis = "", PriceUnit = "", Provision = "",
                        Financing = "",
                    };
                    offers.Add(offer);
                    db.Offers.Add(offer);
                    created++;
                }
                else updated++;
                line.Fields.ApplyTo(offer);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another import or editor added one of the new providers at the same time.
                throw new ConflictException(ErrorMessages.Error("", "import.concurrentChange"));
            }
            return new OfferImportResult(lines.Count, created, updated, providersCreated);
        }

    }

    /// <summary>Reads and checks the file: its lines, and every finding ordered by line (none: the file can be imported).</summary>
    public static (List<OfferCsvLine> Lines, List<ProblemError> Errors) Check(string csv)
    {
            var (lines, errors) = OfferCsv.Parse(csv);
        var seen = new Dictionary<(string, string), int>();
        foreach (var line in lines)
        {
            var path = $"/lines/{line.Line}";
            errors.AddRange(ProviderRules.Validate($"{path}/provider", line.ProviderName, $"{path}/providerCvr", line.ProviderCvr));
            // A field the file spelled wrongly is reported once, not again as missing.
            var unreadable = errors.Select(e => e.Path).Where(p => p.StartsWith(path + "/", StringComparison.Ordinal)).ToHashSet();
            errors.AddRange(line.Fields.Validate(path).Where(e => !unreadable.Contains(e.Path)));
            if (line.ProviderName is null || line.Fields.Name is null) continue;
            var key = (line.ProviderName.ToUpperInvariant(), line.Fields.Name.ToUpperInvariant());
            if (!seen.TryAdd(key, line.Line)) errors.Add(ErrorMessages.Error($"{path}/name", "import.duplicateLine", seen[key]));
        }
        return (lines, errors.OrderBy(e => LineOf(e.Path)).ToList());
    }

    private static int LineOf(string path) =>
        path.StartsWith("/lines/", StringComparison.Ordinal) && int.TryParse(path.Split('/')[2], out var line) ? line : 0;
}
