using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Hosting;

namespace Orchestrator.WebHost.Demo;

/// <summary>
/// With <c>Orchestrator:Demo:Replay</c>, plays <see cref="DemoScript"/> on the demo edition through the
/// grains, as team leads would, one step every <see cref="DemoScript.StepMinutes"/> event minutes divided
/// by <c>Speed</c>; it stops when every team has finished. Starts after <see cref="DemoLoader"/> (hosted
/// services start in order), so the edition is there. A step that fails is logged and the day goes on.
/// </summary>
internal sealed partial class DemoReplay(IGrainFactory grains, IOptions<DemoSettings> settings, ILogger<DemoReplay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Replay)
        {
            return;
        }

        var every = TimeSpan.FromMinutes(DemoScript.StepMinutes) / settings.Value.Speed;
        LogStarted(logger, Factory2018.EditionId, settings.Value.Speed, every);
        using var timer = new PeriodicTimer(every);
        // Over when a whole round of teams had nothing left to advance.
        var idle = 0;
        for (var number = 0; idle < Factory2018.Missions.Count && await timer.WaitForNextTickAsync(stoppingToken); number++)
        {
            var step = DemoScript.Step(number);
            try
            {
                var changed = await Play(step);
                if (step.Action == DemoAction.Advance)
                {
                    idle = changed ? 0 : idle + 1;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogStepFailed(logger, ex, number, Factory2018.EditionId);
            }
        }

        LogDone(logger, Factory2018.EditionId);
    }

    /// <summary>True when the step changed something (a finished team has nothing left to advance).</summary>
    private async Task<bool> Play(DemoStep step)
    {
        var mission = grains.GetGrain<IMissionGrain>(MissionKey.For(Factory2018.EditionId, step.MissionId));
        if (await mission.Get() is not { } detail)
        {
            return false;
        }

        var current = detail.Milestones.FirstOrDefault(m => m.Status != MilestoneStatus.Done);
        switch (step.Action)
        {
            case DemoAction.AskHelp:
                await mission.RequestHelp(step.Skill!, step.Text!, null);
                return true;
            case DemoAction.Block when current is not null:
                await mission.SetMilestone(current.Id, MilestoneStatus.Blocked, step.Text, null);
                return true;
            case DemoAction.Unblock when detail.Milestones.FirstOrDefault(m => m.Status == MilestoneStatus.Blocked) is { } blocked:
                await mission.SetMilestone(blocked.Id, MilestoneStatus.InProgress, null, null);
                return true;
            case DemoAction.Advance when current is { Status: MilestoneStatus.Todo or MilestoneStatus.InProgress }:
                var next = current.Status == MilestoneStatus.Todo ? MilestoneStatus.InProgress : MilestoneStatus.Done;
                await mission.SetMilestone(current.Id, next, null, null);
                return true;
            default:
                return false;
        }
    }

    [LoggerMessage(EventId = HostingEvents.DemoReplayStarted, Level = LogLevel.Information,
        Message = "Replaying a day of demo edition {EditionId} at {Speed}x: one step every {Every}")]
    private static partial void LogStarted(ILogger logger, string editionId, double speed, TimeSpan every);

    [LoggerMessage(EventId = HostingEvents.DemoReplayStepFailed, Level = LogLevel.Warning,
        Message = "Demo replay step {Step} on edition {EditionId} failed; the replay goes on")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, int step, string editionId);

    [LoggerMessage(EventId = HostingEvents.DemoReplayDone, Level = LogLevel.Information,
        Message = "Demo replay of edition {EditionId} is over: every team has finished")]
    private static partial void LogDone(ILogger logger, string editionId);
}
