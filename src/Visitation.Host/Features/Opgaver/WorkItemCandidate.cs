using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Who may take a task: <c>role</c> (a user role), <c>level</c> (a competence level a person holds), <c>forum</c>
/// (a decision forum; until forums have members, leaders and administrators stand for it) or <c>user</c> (a user
/// name). Values are kept in lower case, as user names and level codes are.
/// </summary>
public sealed class WorkItemCandidate : ITenantScoped
{
    public const string Role = "role";
    public const string Level = "level";
    public const string Forum = "forum";
    public const string User = "user";

    public static readonly IReadOnlyList<string> Kinds = [Role, Level, Forum, User];

    public required string WorkItemId { get; set; }

    public Guid KommuneId { get; set; }

    public required string Kind { get; set; }

    public required string Value { get; set; }
}
