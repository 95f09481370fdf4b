namespace Visitation.Host.Features.Frister;

public static class FristerServiceCollectionExtensions
{
    /// <summary>The Danish calendar (options from <c>Frister:Calendar</c>) and the deadline resolver.</summary>
    public static IServiceCollection AddFrister(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);
        services.AddSingleton<DanishCalendar>();
        services.AddScoped<FristResolver>();
        services.AddSingleton<Visitation.Activities.Frister.IFristBeregner, FristBeregner>();
        return services;
    }
}
