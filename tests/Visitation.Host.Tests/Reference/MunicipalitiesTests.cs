using Visitation.Host.Features.Reference;

namespace Visitation.Host.Tests.Reference;

public sealed class MunicipalitiesTests
{
    [Fact]
    public void Should_list_exactly_the_98_municipalities_with_unique_four_digit_codes_and_names()
    {
        Assert.Equal(98, Municipalities.All.Count);
        Assert.Equal(98, Municipalities.All.Select(m => m.Code).Distinct().Count());
        Assert.Equal(98, Municipalities.All.Select(m => m.Name).Distinct().Count());
        Assert.All(Municipalities.All, m => Assert.Matches("^0[1-9][0-9]{2}$", m.Code));
        Assert.Equal(Municipalities.All.Select(m => m.Code).Order(StringComparer.Ordinal), Municipalities.All.Select(m => m.Code));
    }

    [Theory]
    [InlineData("0101", "København")]
    [InlineData("147", "Frederiksberg")]
    [InlineData("0167", "Hvidovre")]
    [InlineData("0400", "Bornholm")]
    [InlineData("0621", "Kolding")]
    [InlineData("0751", "Aarhus")]
    [InlineData("860", "Hjørring")]
    public void Should_find_a_municipality_by_its_code_with_or_without_the_leading_zero(string code, string name) =>
        Assert.Equal(name, Municipalities.Find(code)?.Name);

    [Theory]
    [InlineData("0411")] // Christiansø is administered by the state, not a municipality.
    [InlineData("9901")]
    [InlineData("abc")]
    [InlineData(null)]
    public void Should_not_find_a_code_that_is_no_municipality(string? code) => Assert.Null(Municipalities.Find(code));
}
