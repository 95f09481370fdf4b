using Visitation.Host.Features.Fora;

namespace Visitation.Host.Features.Moeder;

/// <summary>Who of a forum's people decides its items, and when enough of them have agreed between meetings.</summary>
public static class ForumPeople
{
    /// <summary>The chair, the members and the substitutes who stand in for them; never ad hoc participants.</summary>
    public static bool MayDecide(Forum forum, Guid userId) =>
        forum.ChairId == userId || forum.MemberIds.Contains(userId) || forum.SubstituteIds.Contains(userId);

    /// <summary>A meeting secretary keeps the paperwork of the forum's meetings; being one gives no vote and no say in a decision.</summary>
    public static bool IsSecretary(Forum forum, Guid userId) => forum.SecretaryIds.Contains(userId);

    /// <summary>The chair and the members, who make up the forum's quorum.</summary>
    public static IReadOnlyList<Guid> Voters(Forum forum) => forum.MemberIds.Append(forum.ChairId).Distinct().ToList();

    /// <summary>
    /// Whether the approvals of a decision between meetings carry it: the chair alone, or a majority of the chair and
    /// members who are not disqualified on the item. A disqualified chair leaves it to the majority.
    /// </summary>
    public static bool HasQuorum(Forum forum, AgendaItem item)
    {
        var voters = Voters(forum).Where(v => !item.DisqualifiedIds.Contains(v)).ToList();
        var approved = item.ApprovedByIds.Where(a => !item.DisqualifiedIds.Contains(a)).Distinct().ToList();
        if (forum.AsyncApproval == AsyncApproval.ChairAlone && voters.Contains(forum.ChairId)) return approved.Contains(forum.ChairId);
        return voters.Count > 0 && approved.Count(voters.Contains) * 2 > voters.Count;
    }
}
