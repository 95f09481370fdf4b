namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// A message a duty of the competence plan sends (copy, inform, justification, approval) to users of the municipality.
/// <see cref="DedupKey"/> is the same when the duty is carried out again, so the message is enqueued once.
/// </summary>
public sealed record DutyMessage(string DedupKey, Guid MunicipalityId, IReadOnlyList<Guid> RecipientUserIds, string Subject, string BodyText, Guid? CaseId);
