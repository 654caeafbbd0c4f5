namespace Orchestrator.WebHost.Demo;

/// <summary>
/// The replayed day of the Factory 2018, one step every <see cref="StepMinutes"/> minutes of event time:
/// teams move their milestones in turn, one gets blocked then unblocked, teams ask for help, and one
/// team (<see cref="QuietMissionId"/>) never reports again, so it goes stale. Deterministic: the same
/// step number always does the same thing, so a reader can follow it on the control room.
/// </summary>
public static class DemoScript
{
    /// <summary>Event minutes between two steps; the replay's speed divides it.</summary>
    public const int StepMinutes = 5;

    /// <summary>The team that goes quiet: the control room shows it stale after <c>Health:StaleAfter</c>.</summary>
    public static readonly string QuietMissionId = Factory2018.Missions[8].Id;

    private static readonly (string Skill, string Message)[] HelpAsked =
    [
        ("finance", "Un expert finance pour relire le budget prévisionnel ?"),
        ("juridique", "Une question sur le statut des bénévoles : qui peut nous aider ?"),
        ("design", "Quelqu'un pour la maquette de la plaquette ?"),
    ];

    public static DemoStep Step(int number)
    {
        var missions = Factory2018.Missions;
        var blockedId = missions[10].Id;
        switch (number)
        {
            case 6:
                return new(blockedId, DemoAction.Block, "En attente des chiffres de l'association");
            case 18:
                return new(missions[3].Id, DemoAction.Unblock);
            case 30:
                return new(blockedId, DemoAction.Unblock);
        }

        if (number % 12 == 4)
        {
            var (skill, message) = HelpAsked[number / 12 % HelpAsked.Length];
            return new(NotQuiet((number / 12 * 5) + 1), DemoAction.AskHelp, message, skill);
        }

        // Every team in turn (7 is prime to 22, so the order jumps around the room).
        return new(NotQuiet(number * 7), DemoAction.Advance);
    }

    /// <summary>The mission at that place in the room, or its neighbour when it is the quiet one.</summary>
    private static string NotQuiet(int place)
    {
        var missions = Factory2018.Missions;
        var id = missions[place % missions.Count].Id;
        return id == QuietMissionId ? missions[(place + 1) % missions.Count].Id : id;
    }
}
