using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Hosting;

namespace Orchestrator.WebHost.Demo;

/// <summary>
/// Loads <see cref="Factory2018"/> through the grains as the host starts (after the silo or cluster
/// client, before the host serves), unless the edition exists: a restart keeps what demo users changed.
/// Lead links are not printed: the admin hands them out from the set-up page.
/// </summary>
internal sealed partial class DemoLoader(IGrainFactory grains, IOptions<DemoSettings> settings, ILogger<DemoLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.Load && !settings.Value.Replay)
        {
            return;
        }

        var edition = grains.GetGrain<IEditionGrain>(Factory2018.EditionId);
        if (await edition.GetInfo() is not null)
        {
            LogAlreadyLoaded(logger, Factory2018.EditionId);
            return;
        }

        await edition.Create(Factory2018.Edition);
        await grains.GetGrain<IEditionDirectoryGrain>(0).Add(Factory2018.EditionId);
        var volunteer = 0;
        for (var i = 0; i < Factory2018.Missions.Count; i++)
        {
            var (id, title, associationId, association, cause) = Factory2018.Missions[i];
            var mission = grains.GetGrain<IMissionGrain>(MissionKey.For(Factory2018.EditionId, id));
            var detail = await mission.Create(new CreateMission(title, new AssociationRef(associationId, association, cause), Factory2018.Volunteer(i).Name, null));
            var teamSize = Factory2018.Volunteers / Factory2018.Missions.Count + (i < Factory2018.Volunteers % Factory2018.Missions.Count ? 1 : 0);
            for (var m = 0; m < teamSize; m++)
            {
                await mission.AddMember(Factory2018.Volunteer(volunteer++), null);
            }

            var done = Math.Min(Factory2018.MilestonesDone(i), detail.Milestones.Count);
            foreach (var milestone in detail.Milestones.Take(done))
            {
                await mission.SetMilestone(milestone.Id, MilestoneStatus.Done, null, null);
            }

            if (done < detail.Milestones.Count)
            {
                await mission.SetMilestone(detail.Milestones[done].Id, i == 3 ? MilestoneStatus.Blocked : MilestoneStatus.InProgress, i == 3 ? "En attente des chiffres de l'association" : null, null);
            }
        }

        LogLoaded(logger, Factory2018.EditionId, Factory2018.Missions.Count, volunteer);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = HostingEvents.DemoLoaded, Level = LogLevel.Information, Message = "Demo edition {EditionId} loaded: {Missions} missions, {Volunteers} volunteers")]
    private static partial void LogLoaded(ILogger logger, string editionId, int missions, int volunteers);

    [LoggerMessage(EventId = HostingEvents.DemoAlreadyPresent, Level = LogLevel.Information, Message = "Demo edition {EditionId} already present: kept as it is")]
    private static partial void LogAlreadyLoaded(ILogger logger, string editionId);
}
