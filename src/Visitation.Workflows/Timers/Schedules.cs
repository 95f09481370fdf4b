using System.Globalization;
using System.Text.Json.Nodes;
using Cronos;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Timers;

/// <summary>Turns delay and cron inputs into due times.</summary>
public static class Schedules
{
    /// <summary>
    /// The due time for a delay value: an ISO 8601 duration or period (<c>PT5M</c>, <c>P1D</c>), a TimeSpan
    /// (<c>00:00:05</c>), a number of milliseconds, or a date/time (then that instant; a date without offset is
    /// read in <paramref name="timeZone"/>).
    /// </summary>
    public static DateTimeOffset DueAt(JsonNode? value, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var text = ValueConverter.AsString(value).Trim();
        if (text.Length == 0) throw new WorkflowFaultException("A delay needs a duration or a date.");
        if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            return now + TimeSpan.FromMilliseconds(v.GetValue<double>());
        if (text.StartsWith('P') || text.Contains(':') && !text.Contains('T') && !text.Contains('-'))
            return now + ValueConverter.ParseTimeSpan(text);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && HasOffset(text))
            return at.ToUniversalTime();
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, timeZone.GetUtcOffset(local)).ToUniversalTime();
        return now + ValueConverter.ParseTimeSpan(text);
    }

    /// <summary>Parses a 6-field cron expression (seconds first), as Elsa's Cron activity and Cronos use.</summary>
    /// <exception cref="WorkflowFaultException">The expression is invalid.</exception>
    public static CronExpression ParseCron(string expression)
    {
        try
        {
            return CronExpression.Parse(expression.Trim(), CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new WorkflowFaultException($"Error when parsing cron expression: {e.Message}", e);
        }
    }

    /// <summary>The next occurrence strictly after <paramref name="after"/>, evaluated in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset? NextOccurrence(string expression, DateTimeOffset after, TimeZoneInfo timeZone) =>
        ParseCron(expression).GetNextOccurrence(after, timeZone)?.ToUniversalTime();

    static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
}
