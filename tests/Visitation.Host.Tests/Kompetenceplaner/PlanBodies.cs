namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>Plan bodies as a Studio would send them.</summary>
public static class PlanBodies
{
    public static object Row(string id, string type, string level, object? when = null, bool isDefault = false) =>
        new { id, measureType = type, level, when, @default = isDefault };

    /// <summary>A valid plan: rådgiveren up to 4 hours of familiebehandling, <paramref name="above"/> above; one default for everything else.</summary>
    public static object Valid(string level, string above = "raadgiver", string effectiveFrom = "2026-01-01", string hitPolicy = "UNIQUE") => new
    {
        effectiveFrom,
        hitPolicy,
        note = "Test",
        rules = new[]
        {
            Row("fb-op-til-4", "familiebehandling", level, new { quantity = new { unit = "timer-pr-maaned", upTo = 4 } }),
            Row("fb-over-4", "familiebehandling", above, new { quantity = new { unit = "timer-pr-maaned", above = 4 } }),
            Row("fb-standard", "familiebehandling", above, isDefault: true),
            Row("oevrige", "*", level, isDefault: true),
        },
    };

    public static object WithRules(params object[] rules) => new { effectiveFrom = "2026-01-01", hitPolicy = "Unique", rules };
}
