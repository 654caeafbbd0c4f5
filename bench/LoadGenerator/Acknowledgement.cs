namespace Orchestrator.LoadGenerator;

/// <summary>An update the server acknowledged: the mission version it produced, and when (Stopwatch timestamps) it was first sent and answered.</summary>
internal sealed record Acknowledgement(long Version, string Note, long FirstSent, long Answered);
