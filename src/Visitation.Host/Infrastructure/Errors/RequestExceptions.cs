namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// Raised by validators and handlers to end a request with a ProblemDetails response; the exception handler
/// maps each kind to its status. They carry only codes and paths, never personal data.
/// </summary>
public abstract class RequestException(int status, string titleCode, IReadOnlyList<ProblemError> errors)
    : Exception(titleCode)
{
    public int Status { get; } = status;

    public string TitleCode { get; } = titleCode;

    public IReadOnlyList<ProblemError> Errors { get; } = errors;
}

/// <summary>400: the request is malformed or a field is invalid.</summary>
public sealed class RequestValidationException(IReadOnlyList<ProblemError> errors)
    : RequestException(StatusCodes.Status400BadRequest, "validation", errors)
{
    public RequestValidationException(ProblemError error) : this([error]) { }
}

/// <summary>404: the resource does not exist for this caller (including when it belongs to another municipality).</summary>
public sealed class ResourceNotFoundException(string resource)
    : RequestException(StatusCodes.Status404NotFound, "notFound", [ErrorMessages.Error("", "resource.notFound", resource)]);

/// <summary>409: the request conflicts with the current state.</summary>
public sealed class ConflictException(ProblemError error)
    : RequestException(StatusCodes.Status409Conflict, "conflict", [error]);

/// <summary>422: well-formed, but the rules refuse it.</summary>
public sealed class UnprocessableException(IReadOnlyList<ProblemError> errors)
    : RequestException(StatusCodes.Status422UnprocessableEntity, "unprocessable", errors);

/// <summary>401: sign-in refused. The answer is the same for an unknown user, a wrong password and a locked account.</summary>
public sealed class SignInRefusedException(int status, ProblemError error)
    : RequestException(status, "signIn", [error]);

/// <summary>403: the caller sees the resource but may not do this to it.</summary>
public sealed class ForbiddenException(ProblemError error)
    : RequestException(StatusCodes.Status403Forbidden, "forbidden", [error]);
