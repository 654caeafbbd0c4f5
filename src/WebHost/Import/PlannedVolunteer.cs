namespace Orchestrator.WebHost.Import;

public sealed record PlannedVolunteer(int Line, string Name, string Company, bool Remote);
