using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Activities;

/// <summary>How often a failing activity is tried, and how long to wait between attempts.</summary>
/// <remarks>
/// Read from the activity's <c>customProperties.retryPolicy</c>:
/// <c>{ "maxAttempts": 3, "backoff": "PT10S", "backoffMultiplier": 2 }</c>. A zero backoff retries within the
/// same step; otherwise the retry is a timer bookmark, so it survives a restart. Script and definition
/// errors (<see cref="ExpressionException"/>, <see cref="WorkflowFaultException"/>) are never retried.
/// </remarks>
public sealed record RetryPolicy(int MaxAttempts = 1, TimeSpan Backoff = default, double BackoffMultiplier = 1)
{
    public static readonly RetryPolicy None = new();

    public TimeSpan DelayBefore(int attempt) =>
        Backoff * Math.Pow(BackoffMultiplier <= 0 ? 1 : BackoffMultiplier, Math.Max(0, attempt - 1));

    public static RetryPolicy? From(ActivityNode node)
    {
        var policy = node.CustomProperties["retryPolicy"] ?? node.CustomProperties["RetryPolicy"];
        if (policy is not JsonObject o) return null;
        var attempts = o["maxAttempts"] ?? o["MaxAttempts"];
        var backoff = o["backoff"] ?? o["Backoff"];
        var multiplier = o["backoffMultiplier"] ?? o["BackoffMultiplier"];
        return new RetryPolicy(
            attempts is null ? 1 : ValueConverter.Convert<int>(attempts),
            backoff is null ? TimeSpan.Zero : ValueConverter.Convert<TimeSpan>(backoff),
            multiplier is null ? 1 : ValueConverter.Convert<double>(multiplier));
    }
}
