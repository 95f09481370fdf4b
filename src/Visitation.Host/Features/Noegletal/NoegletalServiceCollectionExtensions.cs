namespace Visitation.Host.Features.Noegletal;

public static class NoegletalServiceCollectionExtensions
{
    /// <summary>The nøgletal calculator and scope rules, and the national figures from <c>Noegletal:NationaleTal</c>.</summary>
    public static IServiceCollection AddNoegletal(this IServiceCollection services)
    {
        services.AddOptions<NationaleTalOptions>().BindConfiguration(NationaleTalOptions.Section);
        services.AddScoped<NoegletalScopeResolver>();
        services.AddScoped<NoegletalCalculator>();
        return services;
    }
}
