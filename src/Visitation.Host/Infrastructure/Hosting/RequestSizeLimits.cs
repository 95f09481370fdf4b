using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Hosting;

/// <summary>
/// A body size limit per endpoint: a declared length above it is refused with 413 before a byte is read, and the
/// server stops reading a body sent without a length once it passes the limit.
/// </summary>
public static class RequestSizeLimits
{
    private sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
        {
            if (http.Request.ContentLength > limit)
            {
                await ProblemResponses.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "body.tooLarge", limit);
                return;
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        }
        await next(http);
    });
}
