using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Serilog;
using Visitation.Host.Features.Auth;
using Visitation.Host.Features.Bestillinger;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Users;
using Visitation.Host.Features.Descriptors;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Noegletal;
using Visitation.Host.Features.Matchning;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Reference;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Features.Opfoelgning;
using Visitation.Host.Features.Pligter;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Features.WorkflowDefinitions;
using Visitation.Host.Features.Beskeder;
using Visitation.Host.Features.WorkflowInstances;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.OpenApi;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Seeding;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Infrastructure.Hosting;

/// <summary>The host's services and request pipeline, in the order they must run.</summary>
public static class VisitationHost
{
    private static readonly IList<CultureInfo> SupportedCultures =
        [new("da-DK"), new("da"), new("en-GB"), new("en"), new("en-US")];

    public static WebApplicationBuilder AddVisitation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddSingleton<IPasswordHasher<Features.Users.User>, PasswordHasher<Features.Users.User>>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<ExampleMunicipalitySeeder>();
        builder.Services.AddScoped<CaseFlowSeeder>();
        builder.Services.AddFrister();
        builder.Services.AddNoegletal();
        builder.Services.AddScoped<ForumMeetings>();
        builder.Services.AddScoped<MeetingItems>();
        builder.Services.AddScoped<ForumDecisionWriter>();
        builder.Services.AddOutboxDispatch();
        builder.Services.AddOutboxHandler<Visitation.Activities.Moeder.BehandlPaaMoede, QueueOnAgenda>();
        builder.Services.AddScoped<DemoCatalogueSeeder>();
        builder.Services.AddScoped<DemoForumSeeder>();
        builder.Services.AddOpgaver();
        builder.Services.AddSager();
        builder.Services.AddMatchning();
        builder.Services.AddBevillinger();
        builder.Services.AddOekonomi();
        builder.Services.AddOpfoelgning();
        builder.Services.AddPligter();
        builder.Services.AddBeskeder(builder.Configuration);
        builder.Services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>), typeof(IdempotencyBehavior<,>)];
        });

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // A property given twice could mean either value; which one a client meant cannot be guessed.
            json.SerializerOptions.AllowDuplicateProperties = false;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.Converters.Add(new StoredTextJsonConverter());
            json.SerializerOptions.Converters.Add(new StoredJsonNodeConverter());
        });
        // Binding failures reach the exception handler in every environment, which locates them in the body.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.Configure<ForwardedHeadersSettings>(builder.Configuration.GetSection(ForwardedHeadersSettings.Section));

        builder.AddVisitationDatabase();
        builder.AddVisitationAuth();
        builder.AddVisitationWorkflows();
        builder.AddVisitationOpenApi();
        return builder;
    }

    public static WebApplication UseVisitation(this WebApplication app)
    {
        UseForwardedHeadersWhenConfigured(app);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // Outside the exception handler, so the line shows the status the client got, not the exception on its way.
        app.UseSerilogRequestLogging(logging => logging.GetLevel = RequestLogLevels.For);
        // Before the error handlers, so that a problem's title is in the request's language too (the culture set further in
        // does not flow back out to a handler that catches there).
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("da-DK"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            FallBackToParentUICultures = true,
        });
        app.UseExceptionHandler();
        app.UseRequestSizeLimits();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.HasStarted || http.Response.ContentLength > 0) return;
            await ProblemResponses.WriteAsync(http, http.Response.StatusCode, [new ProblemError("", $"http.{http.Response.StatusCode}", ProblemResponses.Title(http.Response.StatusCode))]);
        });

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        if (app.Configuration.GetSection(SwaggerSettings.Section).Get<SwaggerSettings>()?.Enabled ?? true)
        {
            if (!app.Environment.IsDevelopment()) app.UseSwaggerSignInRequirement();
            app.UseSwagger();
            app.UseSwaggerUI(ui => ui.DocumentTitle = "Visitation API");
        }
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<XsrfValidationMiddleware>();

        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapAuthApi();
        api.MapKommunerApi();
        api.MapUsersApi();
        api.MapOrganisationApi();
        api.MapKompetenceplanerApi();
        api.MapDescriptorsApi();
        api.MapWorkflowDefinitionsApi();
        api.MapWorkflowInstancesApi();
        api.MapFristerApi();
        api.MapCprApi();
        api.MapForaApi();
        api.MapMoederApi();
        api.MapTilbudApi();
        api.MapReferenceApi();
        api.MapOekonomiApi();
        api.MapTasksApi();
        api.MapSagerApi();
        api.MapUnderretningerApi();
        api.MapIndstillingerApi();
        api.MapPligterApi();
        api.MapMatchningApi();
        api.MapUndersoegelserApi();
        api.MapBevillingerApi();
        api.MapBestillingerApi();
        api.MapOpfoelgningApi();
        api.MapNoegletalApi();
        api.MapBeskederApi();
        app.MapFallback("/api/{**path}", (HttpContext http) => ProblemResponses.WriteAsync(http, 404,
            [new ProblemError("", "http.404", ProblemResponses.Title(404))])).ExcludeFromDescription();
        app.MapFallbackToFile("index.html");
        return app;
    }

    private static void UseForwardedHeadersWhenConfigured(WebApplication app)
    {
        var settings = app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();
        if (!settings.Enabled) return;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        };
        foreach (var proxy in settings.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        app.UseForwardedHeaders(options);
    }
}
