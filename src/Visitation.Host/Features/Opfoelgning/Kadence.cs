using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A follow-up cadence: a sequence of steps with a repeating tail, e.g. the legal default "first after 3 months,
/// then every 6 months" or a local "after 3 weeks, then every 6 weeks within the first year, then every 3 months".
/// </summary>
/// <remarks>
/// Due dates are local dates. Within a step the k-th follow-up is k intervals after the step's anchor (the start,
/// or the last due date of the step before), never the previous due date plus one interval, so a monthly cadence
/// from 31 January gives 28 February, 31 March, 30 April rather than drifting to the 28th (docs/decisions.md D13).
/// </remarks>
public sealed record Kadence(IReadOnlyList<KadenceTrin> Trin)
{
    /// <summary>Barnets Lov § 95: the first follow-up 3 months after the help started, then at most every 6 months.</summary>
    public static readonly Kadence Lovens = Loven(FristRules.FoersteOpfoelgning.Default.Duration!, FristRules.LoebendeOpfoelgning.Default.Duration!);

    /// <summary>The legal shape (one first follow-up, then a repeating interval) with the periods a municipality's deadline rules give.</summary>
    public static Kadence Loven(IsoDuration foerste, IsoDuration loebende) => new([
        new KadenceTrin(foerste.ToString(), Antal: 1),
        new KadenceTrin(loebende.ToString()),
    ]);

    /// <summary>A follow-up every <paramref name="period"/>, e.g. the cadence a forum sets.</summary>
    public static Kadence Hver(string period) => new([new KadenceTrin(period)]);

    /// <summary>
    /// The local due date of the follow-up after <paramref name="gennemfoert"/> done ones, and the interval that led to it.
    /// A first follow-up fixed at the start meeting (<paramref name="foerste"/>) takes the place of the cadence's first
    /// one, and the cadence goes on from that date, as its first step had ended there; limits by time
    /// (<see cref="KadenceTrin.Indtil"/>) still count from the start of the help.
    /// </summary>
    public (DateOnly Due, string Interval) Naeste(DateOnly start, int gennemfoert, DateOnly? foerste = null)
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
            var sinceAnchor = 0;
            while (true)
            {
                if (!unlimited && step.Antal is { } count && k >= count) break;
                var candidate = Add(anchor, interval, sinceAnchor + 1);
                if (scheduled == 0 && foerste is { } fixedDate)
                {
                    candidate = fixedDate;
                    anchor = fixedDate;
                    sinceAnchor = -1;
                }
                else if (end is { } limit && candidate > limit) break;
                k++;
                sinceAnchor++;
                if (++scheduled == gennemfoert + 1) return (candidate, scheduled == 1 && foerste is not null ? Between(start, candidate) : interval.ToString());
            }
            anchor = Add(anchor, interval, sinceAnchor);
        }
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> as a period, e.g. P92D.</summary>
    static string Between(DateOnly from, DateOnly to) => $"P{Math.Max(0, to.DayNumber - from.DayNumber)}D";

    static DateOnly Add(DateOnly date, IsoDuration period, int times) =>
        date.AddMonths((period.Years * 12 + period.Months) * times).AddDays((period.Weeks * 7 + period.Days) * times);

    public override string ToString() => string.Join(", ", Trin.Select(t =>
        t.Antal is { } count ? $"{t.Interval} x{count}" : t.Indtil is { } until ? $"{t.Interval} til {until}" : $"{t.Interval} derefter"));
}
