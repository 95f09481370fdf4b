using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A follow-up cadence: a sequence of steps with a repeating tail, e.g. the legal default "first after 3 months,
/// then every 6 months" or a local "after 3 weeks, then every 6 weeks within the first year, then every 3 months".
/// </summary>
/// <remarks>
/// Due dates are local dates. Within a step the k-th follow-up is k intervals after the step's anchor (the start,
/// or the last due date of the step before), never the previous due date plus one interval, so a monthly cadence
/// from 31 January gives 28 February, 31 March, 30 April rather than drifting to the 28th (design.md D13).
/// </remarks>
public sealed record Kadence(IReadOnlyList<KadenceTrin> Trin)
{
    /// <summary>Barnets Lov § 95: the first follow-up 3 months after the help started, then at most every 6 months.</summary>
    public static readonly Kadence Lovens = new([
        new KadenceTrin(FristRules.FoersteOpfoelgning.Default.Duration!.ToString(), Antal: 1),
        new KadenceTrin(FristRules.LoebendeOpfoelgning.Default.Duration!.ToString()),
    ]);

    /// <summary>A follow-up every <paramref name="period"/>, e.g. the cadence a forum sets.</summary>
    public static Kadence Hver(string period) => new([new KadenceTrin(period)]);

    /// <summary>The local due date of the follow-up after <paramref name="gennemfoert"/> done ones, and the interval that led to it.</summary>
    public (DateOnly Due, string Interval) Naeste(DateOnly start, int gennemfoert)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gennemfoert);
        var anchor = start;
        var scheduled = 0;
        for (var i = 0; ; i++)
        {
            var step = Trin[Math.Min(i, Trin.Count - 1)];
            var interval = IsoDuration.Parse(step.Interval);
            var unlimited = step.IsTail || i >= Trin.Count;
            var end = step.Indtil is { } until && !unlimited ? Add(start, IsoDuration.Parse(until), 1) : (DateOnly?)null;
            var k = 0;
            while (true)
            {
                if (!unlimited && step.Antal is { } count && k >= count) break;
                var candidate = Add(anchor, interval, k + 1);
                if (end is { } limit && candidate > limit) break;
                k++;
                if (++scheduled == gennemfoert + 1) return (candidate, interval.ToString());
            }
            anchor = Add(anchor, interval, k);
        }
    }

    static DateOnly Add(DateOnly date, IsoDuration period, int times) =>
        date.AddMonths((period.Years * 12 + period.Months) * times).AddDays((period.Weeks * 7 + period.Days) * times);

    public override string ToString() => string.Join(", ", Trin.Select(t =>
        t.Antal is { } count ? $"{t.Interval} x{count}" : t.Indtil is { } until ? $"{t.Interval} til {until}" : $"{t.Interval} derefter"));
}
