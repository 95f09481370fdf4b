using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>A cadence as a user writes it: steps of an ISO period with a count (<c>antal</c>) or a time from the start (<c>indtil</c>), the last one repeating.</summary>
public sealed record KadenceInput(List<KadenceInput.Step>? Trin, string? Begrundelse)
{
    public sealed record Step(string? Interval, int? Antal, string? Indtil);

    /// <summary>The steps in their canonical form (valid input only).</summary>
    public List<KadenceTrin> ToSteps() =>
        [.. Trin!.Select(s => new KadenceTrin(IsoDuration.Parse(s.Interval!).ToString(), s.Antal, s.Indtil is null ? null : IsoDuration.Parse(s.Indtil).ToString()))];

    public string? Reason => string.IsNullOrWhiteSpace(Begrundelse) ? null : Begrundelse.Trim();
}
