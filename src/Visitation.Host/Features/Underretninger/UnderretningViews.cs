namespace Visitation.Host.Features.Underretninger;

/// <summary>A case the registration created or added to; the child's CPR masked.</summary>
public sealed record UnderretningCaseView(Guid CaseId, string CaseNumber, string ChildName, string? Cpr, bool NewCase, Guid UnderretningId,
    string? WorkflowInstanceId);

public sealed record UnderretningRegisteredView(Guid ReceiptId, IReadOnlyList<UnderretningCaseView> Cases);

/// <summary>The notifier as the case's handlers see it; others get only the type.</summary>
public sealed record NotifierView(UnderretterType Type, bool Identified, string? Name, string? Organisation, string? Contact);

public sealed record UnderretningView(Guid Id, Guid ReceiptId, NotifierView Notifier, DateTimeOffset ReceivedAt, DateTimeOffset AwareAt, string Content,
    bool Reassessment, DateTimeOffset RegisteredAt, string RegisteredBy);
