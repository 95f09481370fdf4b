namespace Visitation.Host.Features.Fora;

/// <summary>Whether members may decide items between meetings, and who must agree.</summary>
public enum AsyncApproval
{
    Off,
    ChairAlone,
    MajorityOfMembers,
}
