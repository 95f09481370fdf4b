using Visitation.Host.Features.Kompetenceplaner;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>What a family reads in its afgørelse letter and a forum in its minutes, instead of the catalogue's codes.</summary>
public sealed class MeasureWordingTests
{
    [Theory]
    [InlineData("P1M", "hver måned")]
    [InlineData("P3M", "hver 3. måned")]
    [InlineData("P6M", "hver 6. måned")]
    [InlineData("P1Y", "hvert år")]
    [InlineData("P2Y", "hvert 2. år")]
    [InlineData("P1Y6M", "hver 18. måned")]
    [InlineData("P2W", "hver 2. uge")]
    [InlineData("P14D", "hver 2. uge")]
    [InlineData("P10D", "hver 10. dag")]
    [InlineData("P1M2D", "P1M2D")]
    [InlineData("PT24H", "PT24H")]
    [InlineData("hver tredje måned", "hver tredje måned")]
    public void Should_word_a_follow_up_cadence_in_danish_and_keep_what_it_cannot_word(string cadence, string expected) =>
        Assert.Equal(expected, MeasureWording.Cadence(cadence));

    [Theory]
    [InlineData("BL-32", "Barnets Lov § 32")]
    [InlineData("bl-47", "Barnets Lov § 47")]
    [InlineData("BL-46-2", "Barnets Lov § 46, stk. 2")]
    [InlineData("SEL-52-3-3", "serviceloven § 52, stk. 3, nr. 3")]
    [InlineData("SEL-11", "serviceloven § 11")]
    [InlineData("Barnets Lov § 32, stk. 1, nr. 2", "Barnets Lov § 32, stk. 1, nr. 2")]
    public void Should_write_out_a_legal_basis_code_and_keep_a_basis_already_written_out(string basis, string expected) =>
        Assert.Equal(expected, MeasureWording.LegalBasis(basis));

    [Theory]
    [InlineData(4, "timer-pr-maaned", "4 timer om måneden")]
    [InlineData(7.5, "timer-pr-maaned", "7,5 timer om måneden")]
    [InlineData(12000, "kr-pr-aar", "12.000 kr. om året")]
    [InlineData(10, "doegn", "10 døgn om måneden")]
    [InlineData(3, "besoeg-pr-uge", "3 besoeg pr uge")]
    public void Should_word_a_scope_with_its_unit(decimal quantity, string unit, string expected) =>
        Assert.Equal(expected, MeasureWording.Scope(quantity, unit));

    [Theory]
    [InlineData("praktisk-paedagogisk-stoette", "praktisk, pædagogisk eller anden støtte i hjemmet")]
    [InlineData("anbringelse", "anbringelse uden for hjemmet")]
    [InlineData("mentor-ordning", "mentor ordning")]
    public void Should_name_a_measure_type_and_show_an_unknown_one_without_its_hyphens(string code, string expected) =>
        Assert.Equal(expected, MeasureWording.MeasureType(code));
}
