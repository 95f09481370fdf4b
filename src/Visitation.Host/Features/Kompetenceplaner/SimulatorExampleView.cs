using System.Text.Json;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>A saved simulator case; <c>savedByName</c> is the display name of who saved it, when that user still exists.</summary>
public sealed record SimulatorExampleView(Guid Id, string Name, SimulateRouting.MeasureRequest Measure, string? Submitter, DateTimeOffset SavedAt,
    string SavedBy, string? SavedByName)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SimulatorExampleView From(SimulatorExample example, string? savedByName) => new(example.Id, example.Name,
        JsonSerializer.Deserialize<SimulateRouting.MeasureRequest>(example.Measure, Json)!, example.Submitter, example.SavedAt, example.SavedBy, savedByName);
}
