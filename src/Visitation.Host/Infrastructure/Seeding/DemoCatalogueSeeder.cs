using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>
/// A small offer catalogue for each demo municipality that has none yet (own units first, then external providers), and each example
/// municipality's example catalogue from its file (<see cref="ExampleMunicipalities.CatalogueEntry"/>), marked as examples in the offers' names.
/// </summary>
public sealed class DemoCatalogueSeeder(VisitationDbContext db)
{
    private sealed record DemoOffer(string Provider, string? Cvr, OfferFields Fields);

    private static readonly IReadOnlyList<DemoOffer> Offers =
    [
        new("Familiehuset", null, new("Familiebehandling i Familiehuset", "familiebehandling", "Familier med børn 0-17 år", "BL § 32", 650m, CostRule.TimerPrMaaned,
            40, 6, "intern", "ramme", "Kommunens familiehus", null, null)),
        new("Familiehuset", null, new("Praktisk pædagogisk støtte i hjemmet", "praktisk-paedagogisk-stoette", "Familier med børn 0-17 år", "BL § 32", 520m,
            CostRule.TimerPrMaaned, 25, 3, "intern", "ramme", "I familiens hjem", null, null)),
        new("Kommunens kontaktpersonkorps", null, new("Kontaktperson", "kontaktperson", "Unge 12-17 år", "BL § 32", 480m, CostRule.TimerPrMaaned,
            30, 8, "intern", "ramme", null, null, null)),
        new("Plejefamilien Holm", null, new("Aflastning i plejefamilie", "aflastning", "Børn 6-14 år", "BL § 32", 9_250.50m, CostRule.Vederlag,
            2, 1, "ekstern", "takst", "Nordjylland", null, Anbringelsesform.Plejefamilie)),
        new("Opholdsstedet Lærkereden", "12345678", new("Anbringelse på opholdssted", "anbringelse", "Unge 13-17 år med svære sociale vanskeligheder", "BL § 46",
            3_450m, CostRule.Doegntakst, 8, 2, "ekstern", "takst", "Vestjylland", new DateOnly(2028, 6, 30), Anbringelsesform.Opholdssted)),
        new("Familieterapeuterne ApS", "87654321", new("Familieterapi", "familiebehandling", "Familier med konflikter", "BL § 32", 1_150m, CostRule.TimerPrMaaned,
            null, null, "ekstern", "takst", "Aarhus", new DateOnly(2027, 12, 31), null)),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, _) in DemoData.Kommuner) await SeedAsync(code, Offers, cancellationToken);
        foreach (var file in ExampleMunicipalities.All.Where(f => f.Catalogue is not null))
            await SeedAsync(file.Kommune.Code, [.. file.Catalogue!.Offers.Select(Example)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An example file's offer as the catalogue's fields; an offer the catalogue would refuse stops the seed, as an invalid plan does.</summary>
    public static OfferFields Fields(ExampleMunicipalities.OfferEntry o)
    {
        var fields = new OfferFields(o.Name, o.Type, o.TargetGroup, o.LegalBasis, o.Price, o.PriceUnit, o.Capacity, o.Vacancies, o.Provision, o.Financing,
            o.Location, o.ApprovedUntil, o.PlacementForm is null ? null : Enum.Parse<Anbringelsesform>(o.PlacementForm));
        var errors = fields.Validate().ToList();
        if (errors.Count > 0) throw new InvalidDataException($"The example offer '{o.Name}' is invalid: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Code}"))}");
        return fields;
    }

    private static DemoOffer Example(ExampleMunicipalities.OfferEntry o) => new(o.Provider, null, Fields(o));

    private async Task SeedAsync(string code, IReadOnlyList<DemoOffer> offers, CancellationToken cancellationToken)
    {
        var kommuneId = await db.Kommuner.Where(k => k.Code == code).Select(k => k.Id).SingleAsync(cancellationToken);
        if (await db.Providers.IgnoreQueryFilters().AnyAsync(p => p.KommuneId == kommuneId, cancellationToken)) return;
        var providers = new Dictionary<string, Provider>();
        foreach (var demo in offers)
        {
            if (!providers.TryGetValue(demo.Provider, out var provider))
            {
                provider = new Provider { Id = Guid.NewGuid(), KommuneId = kommuneId, Name = demo.Provider, Cvr = demo.Cvr };
                providers[demo.Provider] = provider;
                db.Providers.Add(provider);
            }
            var offer = new Offer
            {
                Id = Guid.NewGuid(), KommuneId = kommuneId, ProviderId = provider.Id, Name = "", Type = "", LegalBasis = "", PriceUnit = "", Provision = "",
                Financing = "",
            };
            demo.Fields.ApplyTo(offer);
            db.Offers.Add(offer);
        }
    }
}
