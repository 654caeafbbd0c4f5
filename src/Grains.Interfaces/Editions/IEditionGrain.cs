using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>
/// One edition (keyed by its slug). Owns the edition-wide version: every change anywhere in the
/// edition passes here once, gets the next version and is published to the live screens.
/// Missions call the edition, never the other way round, so the two can never wait on each other.
/// </summary>
public interface IEditionGrain : IGrainWithStringKey
{
    Task<EditionSnapshot> Create(CreateEdition command);

    Task<EditionSnapshot?> GetSnapshot();

    Task<EditionInfo?> GetInfo();

    /// <summary>The edition's current version (0 if it does not exist): what the live heartbeat tells screens.</summary>
    Task<long> GetVersion();

    /// <summary>Records a mission's new summary; returns the edition version given to the change.</summary>
    Task<long> RecordMissionChange(MissionChange change);

    Task<Announcement> Announce(string message);

    /// <summary>A day's schedule or run of show moved (the event day calls this); returns the edition version given to it.</summary>
    Task<long> RecordScheduleChange(DaySchedule schedule);

    Task<IReadOnlyList<Announcement>> GetAnnouncements();

    /// <summary>
    /// Reveals a mission on the closing display (unknown mission: not found). Revealing it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    Task<RevealState> Reveal(string missionId);

    /// <summary>Hides every mission: the reveal begins (or begins again after a rehearsal).</summary>
    Task<RevealState> ResetReveal();
}
