using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>The bearer token each <see cref="AccessRoleKind"/> presents in an <see cref="AccessWorld"/>.</summary>
public static class RoleTokens
{
    public static string? For(AccessWorld w, AccessRoleKind role) => role switch
    {
        AccessRoleKind.Admin => OrchestratorServer.AdminToken,
        AccessRoleKind.LeadOfThisMission => w.LeadToken,
        AccessRoleKind.LeadOfAnotherMission => w.OtherLeadToken,
        AccessRoleKind.ViewerOfThisEdition => w.ViewerToken,
        AccessRoleKind.ViewerOfAnotherEdition => w.OtherViewerToken,
        AccessRoleKind.TeamOfThisMission => w.TeamToken,
        AccessRoleKind.GuestOfThisEdition => w.GuestToken,
        AccessRoleKind.RespondentOfThisEdition => w.RespondentToken,
        _ => null,
    };
}
