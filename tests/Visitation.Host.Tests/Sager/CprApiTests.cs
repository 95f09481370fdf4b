using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

public abstract class CprApiTests(HostFixture host)
{
    public sealed record CheckResult(string Masked, DateOnly DateOfBirth, string JuridiskKoen);

    [Fact]
    public async Task Should_derive_date_of_birth_and_legal_sex_and_answer_masked_when_cpr_is_valid()
    {
        using var client = await host.Client().SignedInAsync("raadgiver@9901");

        var response = await client.PostAsync("/api/cpr/check", new { cpr = "250507-4231" });
        var text = await response.Content.ReadAsStringAsync();

        var result = await client.ReadAsync<CheckResult>(response);
        Assert.Equal(new CheckResult("250507-XXXX", new DateOnly(2007, 5, 25), "Mand"), result);
        Assert.DoesNotContain("4231", text);
    }

    [Theory]
    [InlineData("""{"cpr":"3102874231"}""", "310287")]
    [InlineData("""{"cpr":"310287-42319"}""", "310287")]
    [InlineData("""{"cpr":3102874231}""", "310287")]
    public async Task Should_answer_400_without_the_digits_when_cpr_in_the_body_is_invalid(string json, string digits)
    {
        using var client = await host.Client().SignedInAsync("raadgiver@9901");

        var response = await client.PostRawAsync("/api/cpr/check", json);
        var text = await response.Content.ReadAsStringAsync();

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "cpr.invalid", "/cpr");
        Assert.DoesNotContain(digits, text);
        Assert.DoesNotContain("4231", text);
    }

    [Fact]
    public async Task Should_answer_400_when_cpr_is_missing_and_401_when_not_signed_in()
    {
        using var client = await host.Client().SignedInAsync("leder@9902");
        using var anonymous = host.Client();

        await Problem.AssertAsync(await client.PostAsync("/api/cpr/check", new { }), HttpStatusCode.BadRequest, "field.required", "/cpr");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/cpr/check", new { cpr = "0101901234" })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CprApiTestsOnSqlite(SqliteHostFixture host) : CprApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CprApiTestsOnPostgres(PostgresHostFixture host) : CprApiTests(host);
