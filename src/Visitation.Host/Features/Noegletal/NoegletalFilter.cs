using System.Globalization;
using System.Text.RegularExpressions;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Noegletal;

/// <summary>Whose cases a figure counts: the caller's own caseload (as tovholder), the caller's team's, or the whole municipality's.</summary>
public enum NoegletalScope { Egen, Team, Kommune }

/// <summary>Who the figures are put together for; each audience sees its own selection of nøgletal.</summary>
public enum NoegletalAudience { Raadgiver, Leder, Ledelse, Udvalg }

/// <summary>
/// A period of local calendar days: a year (<c>2026</c>), a quarter (<c>2026-Q2</c>) or a month (<c>2026-05</c>).
/// <see cref="To"/> is the first day after the period.
/// </summary>
public sealed partial record NoegletalPeriod(string Code, DateOnly From, DateOnly To)
{
    public static NoegletalPeriod? Parse(string? code)
    {
        if (code is null) return null;
        var match = PeriodPattern().Match(code);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100) return null;
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
            return new(code, start, start.AddMonths(3));
        }
        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12) return null;
            var start = new DateOnly(year, month, 1);
            return new(code, start, start.AddMonths(1));
        }
        return new(code, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-Q(?<quarter>[1-4])|-(?<month>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}

/// <summary>The filters every nøgletal request shares, as they come in the query string; validated into a <see cref="NoegletalRequest"/>.</summary>
public sealed record NoegletalFilter(string? Period, string? Scope, string? Audience)
{
    public static readonly IReadOnlyList<string> Scopes = ["egen", "team", "kommune"];
    public static readonly IReadOnlyList<string> Audiences = ["raadgiver", "leder", "ledelse", "udvalg"];

    /// <summary>The filters read strictly: an unknown period, scope or audience is a 400 that names the parameter.</summary>
    public NoegletalRequest Validate(DateOnly today)
    {
        var errors = new List<ProblemError>();
        var period = Period is null ? NoegletalPeriod.Parse(today.Year.ToString(CultureInfo.InvariantCulture)) : NoegletalPeriod.Parse(Period);
        if (period is null) errors.Add(ErrorMessages.Error("/period", "noegletal.unknownPeriod"));
        var scope = ParseCode<NoegletalScope>(Scope ?? "kommune", Scopes, "/scope", errors);
        var audience = ParseCode<NoegletalAudience>(Audience ?? "leder", Audiences, "/audience", errors);
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return new NoegletalRequest(period!, scope, audience);
    }

    private static T ParseCode<T>(string value, IReadOnlyList<string> allowed, string path, List<ProblemError> errors) where T : struct, Enum
    {
        if (allowed.Contains(value)) return Enum.Parse<T>(value, ignoreCase: true);
        errors.Add(ErrorMessages.Error(path, "field.unknownValue", string.Join(", ", allowed)));
        return default;
    }
}

public sealed record NoegletalRequest(NoegletalPeriod Period, NoegletalScope Scope, NoegletalAudience Audience)
{
    public string ScopeCode => Scope.ToString().ToLowerInvariant();
    public string AudienceCode => Audience.ToString().ToLowerInvariant();
}
