namespace Visitation.Host.Infrastructure.Hosting;

/// <summary>Configuration section <c>ForwardedHeaders</c>: trust X-Forwarded-* from a reverse proxy.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>IP addresses of the proxies whose headers are trusted. Empty trusts loopback only.</summary>
    public string[] KnownProxies { get; set; } = [];
}

/// <summary>Configuration section <c>Swagger</c>.</summary>
public sealed class SwaggerSettings
{
    public const string Section = "Swagger";

    public bool Enabled { get; set; } = true;
}
