using System.Security.Claims;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Tests.Auth;

public sealed class OidcClaimMapperTests
{
    private static readonly OidcOptions Options = new()
    {
        Authority = "https://idp.example",
        KommuneClaim = "kommune",
        RolesClaim = "roles",
        RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["BU-Raadgivere"] = "Raadgiver", ["BU-Ledere"] = "Leder" },
    };

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void Should_map_municipality_and_roles_through_the_role_map()
    {
        var identity = new OidcClaimMapper(Options).Map(Principal(
            ("sub", "abc-123"), ("name", "Rita Rådgiver"), ("kommune", "0101"),
            ("roles", "bu-raadgivere"), ("roles", "Procesdesigner"), ("roles", "Kantine")));

        Assert.NotNull(identity);
        Assert.Equal("abc-123", identity.Subject);
        Assert.Equal("Rita Rådgiver", identity.DisplayName);
        Assert.Equal("0101", identity.KommuneCode);
        Assert.Equal(["Raadgiver", "Procesdesigner"], identity.Roles);
    }

    [Fact]
    public void Should_refuse_a_person_without_municipality_or_without_a_visitation_role()
    {
        var mapper = new OidcClaimMapper(Options);

        Assert.Null(mapper.Map(Principal(("sub", "x"), ("roles", "BU-Ledere"))));
        Assert.Null(mapper.Map(Principal(("sub", "x"), ("kommune", "0101"), ("roles", "Kantine"))));
    }

    [Fact]
    public void Should_use_the_default_municipality_when_the_provider_serves_one()
    {
        var mapper = new OidcClaimMapper(new OidcOptions { DefaultKommuneCode = "9901", RoleMap = new() { ["x"] = "Leder" } });

        Assert.Equal("9901", mapper.Map(Principal(("sub", "s"), ("roles", "x")))?.KommuneCode);
    }
}
