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

    /// <summary>One file: the municipality, its competence levels and teams, and the first version of its plan.</summary>
    public sealed record MunicipalityFile(KommuneEntry Kommune, string? Source, List<LevelEntry> Levels, List<TeamEntry>? Teams, PlanDocument Plan);

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
