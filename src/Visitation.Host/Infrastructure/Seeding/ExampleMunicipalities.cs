using System.Text.Json;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>
/// The six municipalities whose competence plans VIVE mapped (docs/domain.md § 5), shipped as
/// <c>workflows/municipalities/&lt;code&gt;-&lt;name&gt;.json</c> and embedded in the host for the demo seed.
/// </summary>
public static class ExampleMunicipalities
{
    public sealed record KommuneEntry(string Code, string Name);

    public sealed record LevelEntry(string Id, string Name, LevelKind Kind);

    public sealed record TeamEntry(string Id, string Name);

    /// <summary>One offer of an example catalogue, with its provider by name; the placement form as the enum's name.</summary>
    public sealed record OfferEntry(string Provider, string Name, string Type, string? TargetGroup, string LegalBasis, decimal Price, string PriceUnit, int? Capacity,
        int? Vacancies, string Provision, string Financing, string? Location, DateOnly? ApprovedUntil, string? PlacementForm);

    /// <summary>An example offer catalogue: made up but plausible offers and prices, so that matching can be shown; its note says so.</summary>
    public sealed record CatalogueEntry(string Note, List<OfferEntry> Offers);

    /// <summary>One file: the municipality, its competence levels and teams, the first version of its plan, and an example offer catalogue.</summary>
    public sealed record MunicipalityFile(KommuneEntry Kommune, string? Source, List<LevelEntry> Levels, List<TeamEntry>? Teams, PlanDocument Plan,
        CatalogueEntry? Catalogue = null);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    public static IReadOnlyList<MunicipalityFile> All { get; } = Load();

    public static MunicipalityFile Parse(string json) =>
        JsonSerializer.Deserialize<MunicipalityFile>(json, Options) ?? throw new InvalidDataException("An example municipality file is empty.");

    private static List<MunicipalityFile> Load()
    {
        var assembly = typeof(ExampleMunicipalities).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("municipalities/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            })
            .ToList();
    }
}
