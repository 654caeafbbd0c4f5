using System.Text.Json;
using MessagePack;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// A screen's <c>MissionChanged</c> events, whatever carries them: the <c>Events</c> batches (one message
/// per batch window, each event as <c>{ name, payload }</c>), or messages of their own from a server older
/// than batches. In MessagePack, only the names and the mission's id and version are decoded.
/// </summary>
internal static class MissionChanges
{
    private const string MissionChanged = "MissionChanged";

    /// <param name="message">Told each hub message's number of events (of any name): how much the batches carry.</param>
    public static void On(HubConnection connection, bool messagePack, Action<string, long> changed, Action<int>? message = null)
    {
        if (messagePack)
        {
            connection.On<BatchEntry[]>("Events", batch =>
            {
                message?.Invoke(batch.Length);
                foreach (var entry in batch)
                {
                    if (entry is { Name: MissionChanged, Payload.Mission: { } mission })
                    {
                        changed(mission.Id, mission.Version);
                    }
                }
            });
            return;
        }

        connection.On<JsonElement>("Events", batch =>
        {
            message?.Invoke(batch.GetArrayLength());
            foreach (var entry in batch.EnumerateArray())
            {
                if (entry.GetProperty("name").ValueEquals(MissionChanged))
                {
                    Changed(entry.GetProperty("payload"), changed);
                }
            }
        });
        connection.On<JsonElement>(MissionChanged, payload =>
        {
            message?.Invoke(1);
            Changed(payload, changed);
        });
    }

    private static void Changed(JsonElement payload, Action<string, long> changed)
    {
        var mission = payload.GetProperty("mission");
        changed(mission.GetProperty("id").GetString()!, mission.GetProperty("version").GetInt64());
    }
}
