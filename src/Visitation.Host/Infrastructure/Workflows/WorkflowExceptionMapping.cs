using Visitation.Host.Infrastructure.Errors;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Management;

namespace Visitation.Host.Infrastructure.Workflows;

/// <summary>The engine's exceptions as HTTP answers. The engine's messages name ids only, never case data.</summary>
public static class WorkflowExceptionMapping
{
    public static (int Status, IReadOnlyList<ProblemError> Errors)? Map(Exception exception) => exception switch
    {
        WorkflowNotFoundException => (404, [ErrorMessages.Error("", "workflow.notFound")]),
        BookmarkNotFoundException => (409, [ErrorMessages.Error("", "workflow.bookmarkGone")]),
        WorkflowConcurrencyException => (409, [ErrorMessages.Error("", "workflow.concurrentChange")]),
        DefinitionStateException state => (409, [ErrorMessages.Error("", state.Code)]),
        DefinitionInvalidException invalid => (422, invalid.Result.Errors.Select(DefinitionFindings.ToError).ToList()),
        DefinitionFormatException format => (400, [new ProblemError(format.Path, format.Code, ErrorMessages.Get("definition.invalidFormat", format.Message))]),
        ResumeRejectedException rejected => (422, rejected.Errors.Count == 0
            ? [ErrorMessages.Error("", "workflow.resumeRejected", rejected.Message)]
            : rejected.Errors.Select(e => ErrorMessages.Error("/input", "workflow.resumeRejected", e)).ToList()),
        InvalidOperationException when exception.Source == typeof(WorkflowRunner).Assembly.GetName().Name
            => (409, [ErrorMessages.Error("", "workflow.invalidState", exception.Message)]),
        _ => null,
    };
}
