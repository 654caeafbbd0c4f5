namespace Orchestrator.WebHost.Realtime;

public static class LiveGroups
{
    public static string Edition(string editionId) => $"edition:{editionId}";
}
