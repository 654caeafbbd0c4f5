using System.Text.Json;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>One hub event as a screen received it; <paramref name="Message"/> numbers the hub message (batch) that carried it.</summary>
public sealed record LiveEvent(string Name, long Version, JsonElement Payload, int Message = 0);
