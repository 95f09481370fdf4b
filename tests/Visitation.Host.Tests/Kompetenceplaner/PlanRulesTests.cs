using Visitation.Host.Features.Kompetenceplaner;
using static Visitation.Host.Tests.Kompetenceplaner.Plans;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>The checks on save and the hit policies, on small plans without a database.</summary>
public sealed class PlanRulesTests
{
    private static readonly HashSet<string> LevelCodes = TestLevels.Select(l => l.Code).ToHashSet();

    private static QuantityCondition Hours(decimal? above = null, decimal? upTo = null) => new() { Unit = "timer-pr-maaned", Above = above, UpTo = upTo };

    private static List<Visitation.Host.Infrastructure.Errors.ProblemError> Coverage(PlanDocument plan) => PlanCoverage.Check(plan, LevelCodes, new HashSet<string>()).ToList();

    [Fact]
    public void Should_refuse_a_gap_at_the_row_after_it_when_intervals_do_not_join()
    {
        var plan = Minimal(HitPolicy.First,
            Row("op-til-4", "familiebehandling", "raadgiver", new RuleConditions { Quantity = Hours(upTo: 4) }),
            Row("over-5", "familiebehandling", "afdelingsleder", new RuleConditions { Quantity = Hours(above: 5) }));

        var error = Assert.Single(Coverage(plan));

        Assert.Equal(("/rules/1/when/quantity", "kompetenceplan.gap"), (error.Path, error.Code));
        Assert.Contains("hul", error.Message);
    }

    [Fact]
    public void Should_accept_intervals_when_up_to_and_above_meet_at_the_same_number()
    {
        var plan = Minimal(HitPolicy.Unique,
            Row("op-til-4", "familiebehandling", "raadgiver", new RuleConditions { Quantity = Hours(upTo: 4) }),
            Row("4-til-10", "familiebehandling", "teamleder", new RuleConditions { Quantity = Hours(above: 4, upTo: 10) }),
            Row("over-10", "familiebehandling", "afdelingsleder", new RuleConditions { Quantity = Hours(above: 10) }),
            Row("doegn", "familiebehandling", "afdelingsleder", new RuleConditions { Quantity = new QuantityCondition { Unit = "doegn", Above = 20 } }));

        Assert.Empty(Coverage(plan));
    }

    [Fact]
    public void Should_refuse_overlapping_rows_under_unique_but_not_under_first()
    {
        Func<HitPolicy, PlanDocument> plan = policy => Minimal(policy,
            Row("intern", "familiebehandling", "raadgiver", new RuleConditions { ProviderKind = ["intern"] }),
            Row("op-til-10", "familiebehandling", "teamleder", new RuleConditions { Quantity = Hours(upTo: 10) }),
            Row("ekstern", "familiebehandling", "teamleder", new RuleConditions { ProviderKind = ["ekstern"], Quantity = Hours(above: 10) }));

        var error = Assert.Single(Coverage(plan(HitPolicy.Unique)));

        Assert.Equal(("/rules/1", "kompetenceplan.overlap"), (error.Path, error.Code));
        Assert.Contains("intern", error.Message);
        Assert.Empty(Coverage(plan(HitPolicy.First)));
    }

    [Fact]
    public void Should_refuse_a_measure_type_without_a_default_row_at_its_first_row()
    {
        var plan = Minimal(HitPolicy.First, Row("afl-kort", "aflastning", "raadgiver", new RuleConditions { DurationMonths = new Interval { UpTo = 6 } }));
        var noCatchAll = plan with { Rules = plan.Rules!.Where(r => r.MeasureType != "*").ToList() };

        var error = Assert.Single(Coverage(plan));
        var errors = Coverage(noCatchAll);

        Assert.Equal(("/rules/0", "kompetenceplan.noDefaultRow"), (error.Path, error.Code));
        Assert.Contains("aflastning", error.Message);
        Assert.Contains(errors, e => e.Path == "/rules" && e.Code == "kompetenceplan.noDefaultRow" && e.Message.Contains('*'));
    }

    [Fact]
    public void Should_refuse_unknown_levels_and_malformed_rows_with_their_paths()
    {
        var plan = Minimal(HitPolicy.Priority,
            Row("ukendt", "familiebehandling", "familiechef", new RuleConditions { ProviderKind = ["privat"] }),
            Row("tom", "familiebehandling", "raadgiver", new RuleConditions(), priority: 1),
            Row("bred", "familiebehandling", "raadgiver", new RuleConditions { AnnualCost = new CostInterval { Above = 100.005m, UpTo = 50 } }, priority: 1),
            Row("ukendt", "hjemmehjaelp", "raadgiver", isDefault: true));

        var shape = PlanValidator.Validate(plan).ToList();
        var coverage = Coverage(plan);

        Assert.Contains(shape, e => e.Path == "/rules/0/priority" && e.Code == "kompetenceplan.priorityRequired");
        Assert.Contains(shape, e => e.Path == "/rules/0/when/providerKind/0" && e.Code == "field.unknownValue");
        Assert.Contains(shape, e => e.Path == "/rules/1/when" && e.Code == "kompetenceplan.ruleWithoutConditions");
        Assert.Contains(shape, e => e.Path == "/rules/2/when/annualCost/upTo" && e.Code == "kompetenceplan.emptyInterval");
        Assert.Contains(shape, e => e.Path == "/rules/2/when/annualCost/above" && e.Code == "field.tooManyDecimals");
        Assert.Contains(shape, e => e.Path == "/rules/3/id" && e.Code == "kompetenceplan.duplicateRuleId");
        Assert.Contains(shape, e => e.Path == "/rules/3/measureType" && e.Code == "field.unknownValue");
        Assert.Contains(coverage, e => e.Path == "/rules/0/level" && e.Code == "kompetenceplan.unknownLevel");
    }

    [Fact]
    public void Should_pick_the_highest_priority_under_priority_and_the_first_row_under_first()
    {
        var rows = new[]
        {
            Row("intern", "familiebehandling", "raadgiver", new RuleConditions { ProviderKind = ["intern"] }, priority: 1),
            Row("dyr", "familiebehandling", "afdelingsleder", new RuleConditions { AnnualCost = new CostInterval { Above = 250_000 } }, priority: 5),
        };
        var measure = Measure("familiebehandling", provider: "intern", annualCost: 300_000.50m);

        var priority = KompetenceplanEvaluator.Evaluate(Minimal(HitPolicy.Priority, rows), 3, TestLevels, measure, null, Day)!;
        var first = KompetenceplanEvaluator.Evaluate(Minimal(HitPolicy.First, rows), 3, TestLevels, measure, null, Day)!;

        Assert.Equal(("dyr", "afdelingsleder", 3), (priority.RuleId, priority.Level.Code, priority.PlanVersion));
        Assert.Contains("PRIORITY", priority.Explanation.En);
        Assert.Equal(("intern", "raadgiver"), (first.RuleId, first.Level.Code));
        Assert.Contains("FIRST", first.Explanation.En);
    }

    [Fact]
    public void Should_route_on_the_submitters_team_experience_and_levels_when_the_plan_uses_them()
    {
        var plan = Minimal(HitPolicy.First,
            Row("erfaren", "familiebehandling", "raadgiver", new RuleConditions { SubmitterExperienced = true, SubmitterTeam = ["familie"] }),
            Row("leder", "familiebehandling", "teamleder", new RuleConditions { SubmitterLevels = ["teamleder"] }));
        plan = plan with { Rules = [.. plan.Rules!.Take(2), Row("fb-standard", "familiebehandling", "afdelingsleder", isDefault: true), plan.Rules![3]] };
        var measure = Measure("familiebehandling");

        Routing For(SubmitterProfile? s) => KompetenceplanEvaluator.Evaluate(plan, 1, TestLevels, measure, s, Day)!;

        Assert.Equal("erfaren", For(new SubmitterProfile("a", "familie", true, [])).RuleId);
        Assert.Equal("fb-standard", For(new SubmitterProfile("b", "familie", false, [])).RuleId);
        Assert.Equal("leder", For(new SubmitterProfile("c", null, false, ["teamleder"])).RuleId);
        Assert.Equal("fb-standard", For(null).RuleId);
    }

    [Fact]
    public void Should_route_on_financing_legal_basis_total_cost_and_subtype_when_the_plan_uses_them()
    {
        var plan = Minimal(HitPolicy.First,
            Row("takst", "familiebehandling", "afdelingsleder", new RuleConditions { ProviderFinancing = ["takst"] }),
            Row("dyr-i-alt", "familiebehandling", "visitationsudvalg", new RuleConditions { TotalCost = new CostInterval { Above = 1_000_000 } }),
            Row("paragraf-32", "familiebehandling", "raadgiver", new RuleConditions { LegalBasis = ["BL-32"], Subtype = ["netvaerk"] }));

        string For(MeasureInput m) => KompetenceplanEvaluator.Evaluate(plan, 1, TestLevels, m, null, Day)!.RuleId;

        Assert.Equal("takst", For(new MeasureInput("familiebehandling", ProviderFinancing: "takst")));
        Assert.Equal("fb-standard", For(new MeasureInput("familiebehandling", ProviderFinancing: "ramme")));
        Assert.Equal("dyr-i-alt", For(new MeasureInput("familiebehandling", TotalCost: 1_000_000.01m)));
        Assert.Equal("fb-standard", For(new MeasureInput("familiebehandling", TotalCost: 1_000_000m)));
        Assert.Equal("paragraf-32", For(new MeasureInput("familiebehandling", Subtype: "netvaerk", LegalBasis: "BL § 32")));
        Assert.Equal("fb-standard", For(new MeasureInput("familiebehandling", Subtype: "netvaerk", LegalBasis: "BL § 30")));
    }

    [Fact]
    public void Should_send_a_recentralised_type_to_its_level_until_the_end_date_and_the_table_after()
    {
        var plan = Minimal(HitPolicy.First, Row("intern", "familiebehandling", "raadgiver", new RuleConditions { ProviderKind = ["intern"] })) with
        {
            Recentralisations = [new Recentralisering { Id = "fb-stram", MeasureType = "familiebehandling", Level = "afdelingsleder",
                Reason = "Forbruget er steget 40 % mod forventet", Until = new DateOnly(2026, 12, 31), Notify = ["teamleder"] }],
        };
        var measure = Measure("familiebehandling", provider: "intern");

        var during = KompetenceplanEvaluator.Evaluate(plan, 2, TestLevels, measure, null, new DateOnly(2026, 12, 31))!;
        var after = KompetenceplanEvaluator.Evaluate(plan, 2, TestLevels, measure, null, new DateOnly(2027, 1, 1))!;
        var otherType = KompetenceplanEvaluator.Evaluate(plan, 2, TestLevels, Measure("aflastning"), null, new DateOnly(2026, 12, 1))!;

        Assert.Equal(("fb-stram", "afdelingsleder", "teamleder"), (during.RuleId, during.Level.Code, during.Notify.Single()));
        Assert.Contains("Forbruget er steget", during.Explanation.Da);
        Assert.Equal("intern", after.RuleId);
        Assert.Equal("oevrige", otherType.RuleId);
        Assert.Empty(PlanValidator.Validate(plan));
    }

    [Fact]
    public void Should_store_amounts_as_oere_and_read_them_back_exactly()
    {
        var plan = Minimal(HitPolicy.First, Row("dyr", "familiebehandling", "teamleder", new RuleConditions { AnnualCost = new CostInterval { Above = 123_456.78m } }));

        var stored = PlanStorage.Write(plan);
        var read = PlanStorage.Read(stored);

        Assert.Contains("\"aboveOere\":12345678", stored);
        Assert.Equal(123_456.78m, read.Rules![0].When!.AnnualCost!.Above);
    }
}
