using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Seeding;
using static Visitation.Host.Tests.Kompetenceplaner.Plans;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>Every cell of the table in docs/domain.md § 5, each threshold on both sides, through the shipped plan files.</summary>
public sealed class ExamplePlanTests
{
    [Fact]
    public void Should_ship_six_valid_plans_when_the_example_files_are_loaded()
    {
        Assert.Equal(["0167", "0410", "0615", "0621", "0706", "0846"], ExampleMunicipalities.All.Select(f => f.Kommune.Code));
        foreach (var file in ExampleMunicipalities.All)
        {
            Assert.Empty(PlanValidator.Validate(file.Plan));
            Assert.Empty(PlanCoverage.Check(file.Plan, file.Levels.Select(l => l.Id).ToHashSet(), new HashSet<string>()));
            Assert.Contains(file.Levels, l => l.Id == "boerne-og-ungeudvalget" && l.Name == "Børne- og ungeudvalget");
            Assert.All(file.Plan.Rules!, r => Assert.Contains(file.Levels, l => l.Id == r.Level));
            Assert.Contains(file.Plan.Rules!, r => r.MeasureType == "*" && r.Default && r.Assumption is not null);
        }
    }

    [Fact]
    public void Should_ship_a_valid_example_catalogue_marked_as_examples_with_own_and_external_offers_of_every_main_measure_for_each_municipality()
    {
        foreach (var file in ExampleMunicipalities.All)
        {
            var catalogue = Assert.IsType<ExampleMunicipalities.CatalogueEntry>(file.Catalogue);
            Assert.StartsWith("Eksempelkatalog", catalogue.Note);
            Assert.All(catalogue.Offers, o => Assert.StartsWith("Eksempel: ", o.Name));
            Assert.All(catalogue.Offers, o => Assert.Empty(DemoCatalogueSeeder.Fields(o).Validate()));
            foreach (var type in new[] { "familiebehandling", "aflastning", "anbringelse", "kontaktperson" })
                Assert.Contains(catalogue.Offers, o => o.Type == type && o.Provision == "intern");
            Assert.Contains(catalogue.Offers, o => o.Type == "familiebehandling" && o.Provision == "ekstern");
            Assert.Contains(catalogue.Offers, o => o.Type == "anbringelse" && o.Provision == "ekstern");
        }
    }

    [Theory]
    [InlineData("0167", "intern", "raadgiver", "hvi-fb-intern")]
    [InlineData("0167", "ekstern", "visitationsudvalg", "hvi-fb-ekstern")]
    [InlineData("0167", null, "visitationsudvalg", "hvi-fb-standard")]
    [InlineData("0410", "intern", "teamleder", "mid-fb-standard")]
    [InlineData("0410", "ekstern", "teamleder", "mid-fb-standard")]
    [InlineData("0615", "intern", "raadgiver", "hor-fb-standard")]
    [InlineData("0615", "ekstern", "raadgiver", "hor-fb-standard")]
    [InlineData("0706", "intern", "visitationsudvalg", "syd-fb-standard")]
    [InlineData("0706", "ekstern", "visitationsudvalg", "syd-fb-ekstern")]
    [InlineData("0846", "intern", "behandlermoede", "mar-fb-intern")]
    [InlineData("0846", "ekstern", "naermeste-leder", "mar-fb-standard")]
    [InlineData("0846", null, "naermeste-leder", "mar-fb-standard")]
    public void Should_route_familiebehandling_as_the_table_says_when_the_provider_is_given(string kommune, string? provider, string level, string rule)
    {
        var routing = Route(kommune, Measure("familiebehandling", provider: provider, quantity: 6, unit: "timer-pr-maaned"));

        Assert.Equal((level, rule), (routing.Level.Code, routing.RuleId));
    }

    [Theory]
    [InlineData("4", "intern", "raadgiver", "kol-fb-raadgiver")]
    [InlineData("0.5", "intern", "raadgiver", "kol-fb-raadgiver")]
    [InlineData("4.01", "intern", "faglig-koordinator", "kol-fb-over-4-timer")]
    [InlineData("5", "intern", "faglig-koordinator", "kol-fb-over-4-timer")]
    [InlineData("4", "ekstern", "faglig-koordinator", "kol-fb-ekstern")]
    [InlineData("4.01", "ekstern", "faglig-koordinator", "kol-fb-over-4-timer")]
    [InlineData("4", null, "faglig-koordinator", "kol-fb-standard")]
    public void Should_route_kolding_familiebehandling_on_4_hours_and_the_provider_when_both_sides_of_the_limit(string hours, string? provider,
        string level, string rule)
    {
        var routing = Route("0621", Measure("familiebehandling", provider: provider, quantity: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), unit: "timer-pr-maaned"));

        Assert.Equal((level, rule), (routing.Level.Code, routing.RuleId));
    }

    [Theory]
    [InlineData("0167", null, null, "socialfaglig-leder", "hvi-afl-standard")]
    [InlineData("0410", "10", "doegn", "raadgiver", "mid-afl-op-til-10-doegn")]
    [InlineData("0410", "1", "doegn", "raadgiver", "mid-afl-op-til-10-doegn")]
    [InlineData("0410", "10.5", "doegn", "teamleder", "mid-afl-standard")]
    [InlineData("0410", "11", "doegn", "teamleder", "mid-afl-standard")]
    [InlineData("0410", "8", "vederlag", "teamleder", "mid-afl-standard")]
    [InlineData("0410", null, null, "teamleder", "mid-afl-standard")]
    [InlineData("0615", "4", "doegn", "gruppe", "hor-afl-standard")]
    [InlineData("0621", "3", "vederlag", "raadgiver", "kol-afl-op-til-3-vederlag")]
    [InlineData("0621", "2", "vederlag", "raadgiver", "kol-afl-op-til-3-vederlag")]
    [InlineData("0621", "3.01", "vederlag", "faglig-koordinator", "kol-afl-over-3-vederlag")]
    [InlineData("0621", "4", "vederlag", "faglig-koordinator", "kol-afl-over-3-vederlag")]
    [InlineData("0621", "2", "doegn", "faglig-koordinator", "kol-afl-standard")]
    [InlineData("0706", "2", "doegn", "visitationsudvalg", "syd-afl-standard")]
    public void Should_route_aflastning_on_its_quantity_when_both_sides_of_each_limit(string kommune, string? quantity, string? unit, string level, string rule)
    {
        var routing = Route(kommune, Measure("aflastning", quantity: quantity is null ? null : decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), unit: unit));

        Assert.Equal((level, rule), (routing.Level.Code, routing.RuleId));
    }

    [Theory]
    [InlineData("1", "naermeste-leder", "mar-afl-op-til-6-mdr")]
    [InlineData("5.9", "naermeste-leder", "mar-afl-op-til-6-mdr")]
    [InlineData("6", "naermeste-leder", "mar-afl-op-til-6-mdr")]
    [InlineData("6.1", "visitationsudvalg", "mar-afl-over-6-mdr")]
    [InlineData("7", "visitationsudvalg", "mar-afl-over-6-mdr")]
    [InlineData(null, "visitationsudvalg", "mar-afl-standard")]
    public void Should_route_mariagerfjord_aflastning_on_6_months_when_under_exactly_and_over(string? months, string level, string rule)
    {
        var routing = Route("0846", Measure("aflastning", months: months is null ? null : decimal.Parse(months, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal((level, rule), (routing.Level.Code, routing.RuleId));
    }

    [Theory]
    [InlineData("0167", null, "visitationsudvalg", "hvi-anb-standard")]
    [InlineData("0167", "eget-vaerelse", "socialfaglig-leder", "hvi-anb-eget-vaerelse")]
    [InlineData("0167", "plejefamilie", "visitationsudvalg", "hvi-anb-standard")]
    [InlineData("0410", null, "visitationsudvalg", "mid-anb-standard")]
    [InlineData("0615", null, "visitationsudvalg", "hor-anb-standard")]
    [InlineData("0621", null, "afdelingsleder", "kol-anb-standard")]
    [InlineData("0621", "eget-vaerelse", "afdelingsleder", "kol-anb-standard")]
    [InlineData("0706", null, "visitationsudvalg", "syd-anb-standard")]
    [InlineData("0846", null, "visitationsudvalg", "mar-anb-standard")]
    public void Should_route_anbringelse_with_consent_as_the_table_says(string kommune, string? subtype, string level, string rule)
    {
        var routing = Route(kommune, Measure("anbringelse", subtype: subtype, consent: true, legalBasis: "BL-46"));

        Assert.Equal((level, rule), (routing.Level.Code, routing.RuleId));
    }

    [Theory]
    [InlineData("0167")]
    [InlineData("0410")]
    [InlineData("0615")]
    [InlineData("0621")]
    [InlineData("0706")]
    [InlineData("0846")]
    public void Should_route_to_boerne_og_ungeudvalget_when_anbringelse_is_without_consent(string kommune)
    {
        var withoutConsent = Route(kommune, Measure("anbringelse", subtype: "eget-vaerelse", consent: false));
        var onParagraph47 = Route(kommune, Measure("anbringelse", legalBasis: "BL § 47"));

        Assert.Equal(("boerne-og-ungeudvalget", "Børne- og ungeudvalget", "barnets-lov-47"), (withoutConsent.Level.Code, withoutConsent.Level.Name, withoutConsent.RuleId));
        Assert.Equal("barnets-lov-47", onParagraph47.RuleId);
        Assert.Contains("§ 47", withoutConsent.Explanation.Da);
    }

    [Theory]
    [InlineData("0167", "socialfaglig-leder")]
    [InlineData("0410", "teamleder")]
    [InlineData("0615", "raadgiver")]
    [InlineData("0621", "faglig-koordinator")]
    [InlineData("0706", "visitationsudvalg")]
    [InlineData("0846", "naermeste-leder")]
    public void Should_route_types_outside_the_table_to_the_assumed_level(string kommune, string level)
    {
        foreach (var type in new[] { "kontaktperson", "praktisk-paedagogisk-stoette", "tidlig-forebyggende-indsats", "andet" })
        {
            var routing = Route(kommune, Measure(type));
            Assert.Equal(level, routing.Level.Code);
            Assert.Contains("øvrige typer", routing.Explanation.Da);
        }
    }

    [Theory]
    [InlineData("familiebehandling")]
    [InlineData("aflastning")]
    [InlineData("anbringelse")]
    [InlineData("kontaktperson")]
    public void Should_add_the_management_approval_gate_when_syddjurs_buys_externally(string type)
    {
        var external = Route("0706", Measure(type, provider: "ekstern", consent: true));
        var internalProvider = Route("0706", Measure(type, provider: "intern", consent: true));

        Assert.Equal(["ledelsesgodkendelse"], external.Gates);
        Assert.Empty(internalProvider.Gates);
        Assert.Equal("visitationsudvalg", external.Level.Code);
    }

    [Fact]
    public void Should_explain_the_matched_rule_and_why_when_routing()
    {
        var routing = Route("0621", Measure("familiebehandling", provider: "intern", quantity: 4, unit: "timer-pr-maaned"));
        var fallback = Route("0621", Measure("familiebehandling", quantity: 4, unit: "timer-pr-maaned"));

        Assert.Contains("kol-fb-raadgiver", routing.Explanation.Da);
        Assert.Contains("højst 4 timer-pr-maaned", routing.Explanation.Da);
        Assert.Contains("up to 4 timer-pr-maaned", routing.Explanation.En);
        Assert.Contains("Rådgiver", routing.Explanation.Da);
        Assert.Contains("version 1", routing.Explanation.En);
        Assert.Contains("standardrækken", fallback.Explanation.Da);
        Assert.Contains("leverandør (ikke oplyst) er ikke en af: intern", fallback.Explanation.Da);
        Assert.Contains("provider (not given) is not one of: intern", fallback.Explanation.En);
    }
}
