using System.Text.Json;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Tests.Sager;

public sealed class CprTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public sealed record Body(Cpr? Cpr);

    [Theory]
    [InlineData("0101901234")]
    [InlineData("010190-1234")]
    [InlineData(" 010190-1234 ")]
    public void Should_accept_ten_digits_with_or_without_dash_and_no_modulus_11(string text)
    {
        // 0101901234 fails the old modulus-11 check (weighted sum 84), which no longer applies.
        Assert.True(Cpr.TryParse(text, out var cpr));
        Assert.Equal(new DateOnly(1990, 1, 1), cpr!.DateOfBirth);
        Assert.Equal(JuridiskKoen.Kvinde, cpr.JuridiskKoen);
        Assert.Equal("010190-1234", cpr.Reveal());
        Assert.Equal(Cpr.Parse("0101901234"), cpr);
    }

    [Theory]
    [InlineData("3102901234")]
    [InlineData("0013901234")]
    [InlineData("0001901234")]
    [InlineData("3204901234")]
    [InlineData("2902011234")]
    [InlineData("010190123")]
    [InlineData("01019012345")]
    [InlineData("0101-901234")]
    [InlineData("010190 1234")]
    [InlineData("01019O1234")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_when_format_or_date_is_invalid(string? text)
    {
        Assert.False(Cpr.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0101503000", 1950)]
    [InlineData("0101004000", 2000)]
    [InlineData("0101364000", 2036)]
    [InlineData("0101374000", 1937)]
    [InlineData("0101575000", 2057)]
    [InlineData("0101585000", 1858)]
    [InlineData("0101998000", 1899)]
    [InlineData("0101109000", 2010)]
    [InlineData("0101999000", 1999)]
    public void Should_take_the_century_from_the_seventh_digit(string text, int year)
    {
        Assert.Equal(new DateOnly(year, 1, 1), Cpr.Parse(text).DateOfBirth);
    }

    [Fact]
    public void Should_accept_29_february_only_in_a_leap_year_of_the_right_century()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), Cpr.Parse("2902004001").DateOfBirth);
        Assert.False(Cpr.TryParse("2902001001", out _)); // 1900 was no leap year
        Assert.Equal(JuridiskKoen.Mand, Cpr.Parse("2902004001").JuridiskKoen);
    }

    [Fact]
    public void Should_never_show_the_sequence_number_in_text_or_json()
    {
        var cpr = Cpr.Parse("1207881237");

        Assert.Equal("120788-XXXX", cpr.Masked);
        Assert.Equal("120788-XXXX", cpr.ToString());
        Assert.Equal("Barn 120788-XXXX", $"Barn {cpr}");
        Assert.Equal("""{"cpr":"120788-XXXX"}""", JsonSerializer.Serialize(new Body(cpr), Web));
    }

    [Theory]
    [InlineData("""{"cpr":"3102901234"}""")]
    [InlineData("""{"cpr":3102901234}""")]
    [InlineData("""{"cpr":{"nummer":"3102901234"}}""")]
    public void Should_keep_the_digits_out_of_the_exception_when_json_is_invalid(string json)
    {
        var exception = Assert.Throws<CprFormatException>(() => JsonSerializer.Deserialize<Body>(json, Web));

        Assert.Equal("$.cpr", exception.Path);
        Assert.DoesNotContain("310290", exception.ToString());
        Assert.DoesNotContain("1234", exception.ToString());
        Assert.DoesNotContain("3102", Assert.Throws<FormatException>(() => Cpr.Parse("3102901234")).ToString());
    }

    [Fact]
    public void Should_read_a_cpr_number_from_a_request_body()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"cpr":"010190-1235"}""", Web)!;

        Assert.Equal(JuridiskKoen.Mand, body.Cpr!.JuridiskKoen);
        Assert.Null(JsonSerializer.Deserialize<Body>("""{"cpr":null}""", Web)!.Cpr);
    }
}
