namespace Visitation.Host.Features.Sager;

/// <summary>The flow a new case starts; <c>isDefault</c> while the municipality has not chosen one, with no change recorded.</summary>
public sealed record SagFlowSettingsView(string DefinitionId, bool IsDefault, DateTimeOffset? ChangedAt, string? ChangedBy)
{
    public static SagFlowSettingsView From(SagFlowSettings? settings) => settings is null
        ? new(SagFlow.StandardDefinitionId, true, null, null)
        : new(settings.DefinitionId, false, settings.AendretAt, settings.AendretAf);
}
