namespace Visitation.Workflows.Expressions;

/// <summary>An expression could not be evaluated (syntax error, script error, impossible conversion).</summary>
public class ExpressionException : Exception
{
    public ExpressionException(string message, string? activityId = null, Exception? inner = null)
        : base(message, inner) => ActivityId = activityId;

    /// <summary>The activity whose input held the expression, when known.</summary>
    public string? ActivityId { get; }
}

/// <summary>
/// A script hit one of the sandbox limits or tried to reach the host (.NET types).
/// </summary>
/// <remarks>
/// Thrown instead of Jint's own exceptions so an incident names the limit and the activity. It is never
/// retried: running the same script again hits the same limit.
/// </remarks>
public sealed class ExpressionSandboxException : ExpressionException
{
    public ExpressionSandboxException(SandboxLimit limit, string? activityId, string detail, Exception? inner = null)
        : base($"Script stopped by the sandbox ({limit}){(activityId is null ? "" : $" in activity '{activityId}'")}: {detail}", activityId, inner)
        => Limit = limit;

    public SandboxLimit Limit { get; }
}

/// <summary>The sandbox limit a script ran into.</summary>
public enum SandboxLimit
{
    Timeout,
    Memory,
    Statements,
    Recursion,
    ArraySize,
    RegexTimeout,
    HostAccess,
}
