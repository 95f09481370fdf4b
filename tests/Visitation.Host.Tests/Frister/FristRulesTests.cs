using Visitation.Host.Features.Frister;

namespace Visitation.Host.Tests.Frister;

public sealed class FristRulesTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DateOnly From = new(2026, 1, 1);

    [Theory]
    [InlineData("P2M", "P4M", true)]
    [InlineData("P4M", "P4M", true)]
    [InlineData("P17W", "P4M", true)]
    [InlineData("P18W", "P4M", false)]
    [InlineData("P5M", "P4M", false)]
    [InlineData("PT23H", "PT24H", true)]
    [InlineData("PT25H", "PT24H", false)]
    [InlineData("P1D", "PT24H", false)]
    public void Should_accept_only_targets_that_never_fall_due_later_when_both_are_durations(string candidate, string legal, bool accepted)
    {
        Assert.Equal(accepted, FristResolver.IsNoLaterThan(FristSpec.Of(candidate), FristSpec.Of(legal), From, Copenhagen, new DanishCalendar()));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void Should_compare_working_day_counts(int days, bool accepted)
    {
        Assert.Equal(accepted, FristResolver.IsNoLaterThan(FristSpec.OfWorkingDays(days), FristSpec.OfWorkingDays(6), From, Copenhagen, new DanishCalendar()));
    }

    [Fact]
    public void Should_compare_working_days_with_durations_over_real_calendars()
    {
        var calendar = new DanishCalendar();

        Assert.True(FristResolver.IsNoLaterThan(FristSpec.Of("P6D"), FristSpec.OfWorkingDays(6), From, Copenhagen, calendar));
        Assert.False(FristResolver.IsNoLaterThan(FristSpec.OfWorkingDays(1), FristSpec.Of("PT24H"), From, Copenhagen, calendar));
        Assert.False(FristResolver.IsNoLaterThan(FristSpec.Of("P9D"), FristSpec.OfWorkingDays(6), From, Copenhagen, calendar));
    }

    [Fact]
    public void Should_resolve_the_version_in_force_on_the_local_date()
    {
        var rule = FristRules.Undersoegelse;
        FristOverride Version(int version, string duration, string from) => new()
        {
            RuleId = rule.Id, Version = version, Duration = duration, EffectiveFrom = DateOnly.Parse(from), CreatedBy = "test",
        };
        var versions = new[] { Version(1, "P3M", "2025-01-01"), Version(2, "P2M", "2026-01-01"), Version(3, "P10W", "2026-01-01") };

        Assert.Equal(0, FristResolver.Resolve(rule, versions, new DateOnly(2024, 12, 31)).Version);
        Assert.Equal("P4M", FristResolver.Resolve(rule, versions, new DateOnly(2024, 12, 31)).Spec.ToString());
        Assert.Equal(1, FristResolver.Resolve(rule, versions, new DateOnly(2025, 12, 31)).Version);
        Assert.Equal(3, FristResolver.Resolve(rule, versions, new DateOnly(2026, 1, 1)).Version);
    }

    [Fact]
    public void Should_give_every_rule_an_ascii_id_a_barnets_lov_basis_and_a_sel_alias()
    {
        Assert.Equal(FristRules.All.Count, FristRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(FristRules.All, rule =>
        {
            Assert.Matches("^[a-z0-9-]+$", rule.Id);
            Assert.StartsWith("Barnets Lov §", rule.LegalBasis);
            Assert.Contains(rule.Aliases, a => a.StartsWith("SEL §", StringComparison.Ordinal));
        });
        Assert.Equal("PT24H", FristRules.Find("underretning-vurdering-24t")!.Default.ToString());
        Assert.Equal(6, FristRules.Find("underretning-kvittering-6hverdage")!.Default.WorkingDays);
        Assert.Equal("P4M", FristRules.Find("undersoegelse-4m")!.Default.ToString());
    }
}
