namespace Visitation.Host.Features.Frister;

/// <summary>
/// Configuration section <c>Frister:Calendar</c>: the three days that are not public holidays by law but on
/// which many municipal offices close.
/// </summary>
/// <remarks>
/// All three default to working days. The legal deadlines count "hverdage" against the public holidays of
/// the holiday act (helligdagsloven), and Grundlovsdag, juleaftensdag and nytårsaftensdag are not among them.
/// Counting them as working days gives a deadline that is never later than the statutory one; an
/// installation whose offices close on these days can count them as closed, which moves deadlines later.
/// </remarks>
public sealed class CalendarOptions
{
    public const string Section = "Frister:Calendar";

    /// <summary>5 June.</summary>
    public bool GrundlovsdagClosed { get; set; }

    /// <summary>24 December.</summary>
    public bool JuleaftensdagClosed { get; set; }

    /// <summary>31 December.</summary>
    public bool NytaarsaftensdagClosed { get; set; }
}
