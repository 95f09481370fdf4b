using System.Text.Json.Nodes;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// A domain check on a task's form data that the form schema cannot express (e.g. a date against the municipality's
/// deadline), run when a task is completed after its form checks pass. Errors point into the request body
/// (<c>/data/field</c>); any error refuses the completion and changes nothing.
/// </summary>
public interface IWorkItemCompletionRule
{
    ValueTask<IReadOnlyList<ProblemError>> ValidateAsync(WorkItem item, string? action, JsonObject data, CancellationToken cancellationToken);
}
