namespace Visitation.Workflows.Activities;

/// <summary>Base class of every executable activity.</summary>
/// <remarks>
/// An activity either completes (<see cref="ActivityContext.CompleteAsync"/>) or creates a bookmark and waits;
/// the resume handler is a named instance method <c>ValueTask Name(ActivityContext)</c>, stored by name in the
/// bookmark. Activities read time and ids only through the context (<see cref="ActivityContext.Clock"/>,
/// <see cref="ActivityContext.NewId"/>), and report failure by throwing. Instances are created per run and
/// hold only their inputs and outputs; anything to remember across a resume goes in
/// <see cref="ActivityContext.Data"/>.
/// </remarks>
public abstract class Activity
{
    public abstract ValueTask ExecuteAsync(ActivityContext context);
}

/// <summary>An activity that completes as soon as <see cref="Execute"/> returns (with <c>Done</c> unless it chose an outcome).</summary>
public abstract class CodeActivity : Activity
{
    protected abstract void Execute(ActivityContext context);

    public sealed override async ValueTask ExecuteAsync(ActivityContext context)
    {
        Execute(context);
        if (!context.IsCompleted) await context.CompleteAsync();
    }
}

/// <summary>Fails the activity at once, without retries (a business rule or a definition error).</summary>
public sealed class WorkflowFaultException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// A resume was refused (invalid form data, an unknown action): the instance is left exactly as it was and
/// the caller gets the reasons.
/// </summary>
public sealed class ResumeRejectedException(string message, IReadOnlyList<string>? errors = null) : Exception(message)
{
    public IReadOnlyList<string> Errors { get; } = errors ?? [];
}
