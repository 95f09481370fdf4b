using System.Text.Json;
using System.Text.Json.Serialization;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The plan as stored in <see cref="Kompetenceplan.Document"/>: the wire shape, except that amounts are whole øre
/// (<c>{"aboveOere": 50000000}</c>) so no amount is ever a binary fraction in the database (D13).
/// </summary>
public static class PlanStorage
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new OereIntervalConverter(), new OereAggregateConverter() },
    };

    public static string Write(PlanDocument plan) => JsonSerializer.Serialize(plan, Options);

    public static PlanDocument Read(string document) =>
        JsonSerializer.Deserialize<PlanDocument>(document, Options) ?? throw new InvalidDataException("A stored competence plan is empty.");

    private sealed class OereIntervalConverter : JsonConverter<CostInterval>
    {
        public override CostInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<Stored>(ref reader, options) ?? new Stored(null, null);
            return new CostInterval { Above = stored.AboveOere / 100m, UpTo = stored.UpToOere / 100m };
        }

        public override void Write(Utf8JsonWriter writer, CostInterval value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Stored(ToOere(value.Above), ToOere(value.UpTo)), options);

        private sealed record Stored(long? AboveOere, long? UpToOere);
    }

    private sealed class OereAggregateConverter : JsonConverter<AggregateCondition>
    {
        public override AggregateCondition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<Stored>(ref reader, options) ?? new Stored(null, null, null, null);
            return new AggregateCondition { Scope = stored.Scope, Period = stored.Period, Above = stored.AboveOere / 100m, UpTo = stored.UpToOere / 100m };
        }

        public override void Write(Utf8JsonWriter writer, AggregateCondition value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Stored(value.Scope, value.Period, ToOere(value.Above), ToOere(value.UpTo)), options);

        private sealed record Stored(string? Scope, string? Period, long? AboveOere, long? UpToOere);
    }

    private static long? ToOere(decimal? kroner) => kroner is { } k ? decimal.ToInt64(decimal.Round(k * 100m, 0, MidpointRounding.ToEven)) : null;
}
