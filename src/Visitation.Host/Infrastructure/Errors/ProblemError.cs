namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// One thing wrong with a request (D14): <paramref name="Path"/> is a JSON Pointer into the request body
/// (empty for the request as a whole), <paramref name="Code"/> is stable for clients, and the message follows
/// the caller's language.
/// </summary>
public sealed record ProblemError(string Path, string Code, string Message);
