using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orleans.Concurrency;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>
/// One edition (keyed by its slug). Owns the edition-wide version: every change anywhere in the
/// edition passes here once, gets the next version and is published to the live screens.
/// Missions call the edition, never the other way round, so the two can never wait on each other.
/// <para>
/// Reads are <c>[ReadOnly]</c>: a screen's snapshot or a route's existence check never waits behind
/// another read (a room of screens rejoining at once), only behind a change in progress.
/// </para>
/// </summary>
public interface IEditionGrain : IGrainWithStringKey
{
    Task<EditionSnapshot> Create(CreateEdition command);

    [ReadOnly]
    Task<EditionSnapshot?> GetSnapshot();

    [ReadOnly]
    Task<EditionInfo?> GetInfo();

    /// <summary>The edition's current version (0 if it does not exist): what the live heartbeat tells screens.</summary>
    [ReadOnly]
    Task<long> GetVersion();

    /// <summary>Records a mission's new summary; returns the edition version given to the change.</summary>
    Task<long> RecordMissionChange(MissionChange change);

    /// <summary>Sends an announcement to every team or to one mission (unknown mission: not found), pinned or not.</summary>
    Task<Announcement> Announce(Announce command);

    /// <summary>A day's schedule or run of show moved (the event day calls this); returns the edition version given to it.</summary>
    Task<long> RecordScheduleChange(DaySchedule schedule);

    [ReadOnly]
    Task<IReadOnlyList<Announcement>> GetAnnouncements();

    /// <summary>
    /// Takes a pinned announcement off the pages (unknown announcement: not found). Unpinning it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    Task<Announcement> Unpin(string announcementId);

    /// <summary>What a mission's page shows pinned: the one for every team and the one for that mission.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Announcement>> GetPinned(string missionId);

    /// <summary>
    /// Reveals a mission on the closing display (unknown mission: not found). Revealing it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    Task<RevealState> Reveal(string missionId);

    /// <summary>The survey's new counts: versioned and sent to the edition's screens (counts only); returns the version.</summary>
    Task<long> RecordSurveyChange(SurveySummary summary);

    /// <summary>Hides every mission: the reveal begins (or begins again after a rehearsal).</summary>
    Task<RevealState> ResetReveal();

    /// <summary>
    /// Gives a vote event (<see cref="EditionEventKind.VoteChanged"/> or <see cref="EditionEventKind.VoteRevealed"/>)
    /// the next edition version and publishes it; returns that version. The vote grain calls it at status
    /// changes, reveals and, coalesced, a few times a second at most as ballots arrive — never per ballot.
    /// </summary>
    Task<long> RecordVoteEvent(EditionEvent vote);
}
