using Microsoft.OpenApi;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI document at /swagger/v1/swagger.json and Swagger UI at /swagger. The Studio's API types are
/// generated from a committed copy of the document; a test fails when the two differ.
/// </summary>
public static class SwaggerSetup
{
    public const string CookieScheme = "sessionCookie";
    public const string XsrfScheme = "xsrfHeader";

    public static IHostApplicationBuilder AddVisitationOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Visitation API",
                Version = "v1",
                Description = "Visitation for children's and young people's services. Sign in with POST /api/auth/login; "
                    + "the session is a cookie, and every state-changing request echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.",
            });
            options.AddSecurityDefinition(CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = AuthServiceCollectionExtensions.SessionCookieName,
                Description = "Session cookie set by POST /api/auth/login.",
            });
            options.AddSecurityDefinition(XsrfScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = XsrfTokens.HeaderName,
                Description = "The value of the XSRF-TOKEN cookie, required on POST, PUT, PATCH and DELETE.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [],
                [new OpenApiSecuritySchemeReference(XsrfScheme, document)] = [],
            });
            options.CustomSchemaIds(type => type.FullName!.Replace("Visitation.Host.Features.", "").Replace('+', '.'));
            // A CPR number is a string on the wire (read in full, written masked), not the value type's properties.
            options.MapType<Features.Sager.Cpr>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = @"^\d{6}-?\d{4}$",
                Description = "CPR number: 10 digits, optionally with a dash after the sixth. Responses show it masked as DDMMYY-XXXX.",
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
        });
        return builder;
    }
}
