using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// How the desk handles a help request: open → acknowledged → resolved, or open → resolved at once.
/// Never back: a team that needs help again asks again. Asking for the status it already has is a
/// no-op, so a retried or doubled tap on the desk is harmless.
/// </summary>
public static class HelpRequestMoves
{
    public static bool IsAllowed(HelpRequestStatus from, HelpRequestStatus to) => to >= from;

    public static void EnsureAllowed(string helpRequestId, HelpRequestStatus from, HelpRequestStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw DomainRuleException.Conflict(
                $"Help request '{helpRequestId}' is {from.ToString().ToLowerInvariant()} and cannot go back to {to.ToString().ToLowerInvariant()}.");
        }
    }
}
