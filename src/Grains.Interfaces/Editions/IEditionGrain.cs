using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.Interfaces.Survey;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>
/// One edition (keyed by its slug). Owns the edition-wide version: every change anywhere in the
/// edition passes here once, gets the next version and is published to the live screens.
/// Missions call the edition, never the other way round, so the two can never wait on each other.
/// <para>
/// Every method is <c>[AlwaysInterleave]</c>. A change takes its version in its first turn and then waits
/// for a write it shares with the changes that came while the previous write was in flight (group
/// commit), so an edition's updates are stored together, not one write at a time; none is answered
/// before it is stored. Reads (also <c>[ReadOnly]</c>) answer from the state last stored, so they show
/// no change the store does not hold and never wait behind a write or another read.
/// </para>
/// </summary>
public interface IEditionGrain : IGrainWithStringKey
{
    [AlwaysInterleave]
    Task<EditionSnapshot> Create(CreateEdition command);

    [ReadOnly, AlwaysInterleave]
    Task<EditionSnapshot?> GetSnapshot();

    [ReadOnly, AlwaysInterleave]
    Task<EditionInfo?> GetInfo();

    /// <summary>The edition's current version (0 if it does not exist): what the live heartbeat tells screens.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<long> GetVersion();

    /// <summary>Records a mission's new summary; returns the edition version given to the change.</summary>
    [AlwaysInterleave]
    Task<long> RecordMissionChange(MissionChange change);

    /// <summary>Sends an announcement to every team or to one mission (unknown mission: not found), pinned or not.</summary>
    [AlwaysInterleave]
    Task<Announcement> Announce(Announce command);

    /// <summary>A day's schedule or run of show moved (the event day calls this); returns the edition version given to it.</summary>
    [AlwaysInterleave]
    Task<long> RecordScheduleChange(DaySchedule schedule);

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<Announcement>> GetAnnouncements();

    /// <summary>
    /// Takes a pinned announcement off the pages (unknown announcement: not found). Unpinning it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    [AlwaysInterleave]
    Task<Announcement> Unpin(string announcementId);

    /// <summary>What a mission's page shows pinned: the one for every team and the one for that mission.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<Announcement>> GetPinned(string missionId);

    /// <summary>
    /// Reveals a mission on the closing display (unknown mission: not found). Revealing it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    [AlwaysInterleave]
    Task<RevealState> Reveal(string missionId);

    /// <summary>The survey's new counts: versioned and sent to the edition's screens (counts only); returns the version.</summary>
    [AlwaysInterleave]
    Task<long> RecordSurveyChange(SurveySummary summary);

    /// <summary>Hides every mission: the reveal begins (or begins again after a rehearsal).</summary>
    [AlwaysInterleave]
    Task<RevealState> ResetReveal();

    /// <summary>
    /// Gives a vote event (<see cref="EditionEventKind.VoteChanged"/> or <see cref="EditionEventKind.VoteRevealed"/>)
    /// the next edition version and publishes it; returns that version. The vote grain calls it at status
    /// changes, reveals and, coalesced, a few times a second at most as ballots arrive — never per ballot.
    /// </summary>
    [AlwaysInterleave]
    Task<long> RecordVoteEvent(EditionEvent vote);
}
