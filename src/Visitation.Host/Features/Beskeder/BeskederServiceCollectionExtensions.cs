using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Beskeder;

public static class BeskederServiceCollectionExtensions
{
    /// <summary>The outbox, its dispatcher and channels, the Digital Post adapter, from configuration section <c>Messages</c>.</summary>
    public static IServiceCollection AddBeskeder(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton(options);
        if (!string.IsNullOrWhiteSpace(options.LetterFontFolder)) Breve.LetterFonts.Folder = options.LetterFontFolder;
        services.AddSingleton<MessageOutbox>();
        services.AddSingleton<IMessageChannel, StudioChannel>();
        services.AddSingleton<IMessageChannel, EmailChannel>();
        services.AddSingleton<IMessageChannel, DigitalPostChannel>();
        services.AddSingleton<IDigitalPost>(_ => new FileDropDigitalPost(options.DigitalPostDropFolder));
        services.AddSingleton<MessageDispatcher>();
        services.AddHostedService<MessageDispatcherService>();
        services.AddOutboxHandler<Notify, NotifyHandover>();
        return services;
    }
}
