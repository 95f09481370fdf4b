namespace Visitation.Host.Features.Frister;

/// <summary>A day on which the calendar counts no working day, with its Danish name.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>Danish public holidays (helligdage) for any Gregorian year, and the optional closed days.</summary>
/// <remarks>
/// The movable holidays follow Easter Sunday, computed with the anonymous Gregorian algorithm.
/// Store Bededag (the fourth Friday after Easter) was abolished as a public holiday from 2024
/// (lov nr. 140 af 28/02/2023), so it is a holiday up to and including 2023 only.
/// </remarks>
public static class DanishHolidays
{
    /// <summary>The last year in which Store Bededag was a public holiday.</summary>
    public const int LastStoreBededag = 2023;

    public static IReadOnlyList<Holiday> For(int year, CalendarOptions? options = null)
    {
        options ??= new CalendarOptions();
        var easter = EasterSunday(year);
        var days = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Nytårsdag"),
            new(easter.AddDays(-3), "Skærtorsdag"),
            new(easter.AddDays(-2), "Langfredag"),
            new(easter, "Påskedag"),
            new(easter.AddDays(1), "2. påskedag"),
        };
        if (year <= LastStoreBededag) days.Add(new(easter.AddDays(26), "Store Bededag"));
        days.Add(new(easter.AddDays(39), "Kristi himmelfartsdag"));
        days.Add(new(easter.AddDays(49), "Pinsedag"));
        days.Add(new(easter.AddDays(50), "2. pinsedag"));
        if (options.GrundlovsdagClosed) days.Add(new(new DateOnly(year, 6, 5), "Grundlovsdag"));
        if (options.JuleaftensdagClosed) days.Add(new(new DateOnly(year, 12, 24), "Juleaftensdag"));
        days.Add(new(new DateOnly(year, 12, 25), "Juledag"));
        days.Add(new(new DateOnly(year, 12, 26), "2. juledag"));
        if (options.NytaarsaftensdagClosed) days.Add(new(new DateOnly(year, 12, 31), "Nytårsaftensdag"));
        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
