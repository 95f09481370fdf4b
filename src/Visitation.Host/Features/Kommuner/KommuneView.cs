namespace Visitation.Host.Features.Kommuner;

public sealed record KommuneView(string Code, string Name, string TimeZone)
{
    public static KommuneView From(Kommune kommune) => new(kommune.Code, kommune.Name, kommune.TimeZone);
}
