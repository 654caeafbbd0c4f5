namespace Orchestrator.WebHost.Tests.Access;

/// <summary>Every kind of caller the matrix tries, seen from one mission of one edition.</summary>
public enum AccessRoleKind
{
    Anonymous,
    Admin,
    LeadOfThisMission,
    LeadOfAnotherMission,
    ViewerOfThisEdition,
    ViewerOfAnotherEdition,
    TeamOfThisMission,
    GuestOfThisEdition,
    RespondentOfThisEdition,
}
