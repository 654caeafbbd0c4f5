using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

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

    /// <summary>Records a mission's new summary; returns the edition version given to the change.</summary>
    Task<long> RecordMissionChange(MissionChange change);

    Task<Announcement> Announce(string message);

    Task<IReadOnlyList<Announcement>> GetAnnouncements();

    /// <summary>
    /// Reveals a mission on the closing display (unknown mission: not found). Revealing it again
    /// changes nothing, so a double click at the desk is harmless.
    /// </summary>
    Task<RevealState> Reveal(string missionId);

    /// <summary>The survey's new counts: versioned and sent to the edition's screens (counts only); returns the version.</summary>
    Task<long> RecordSurveyChange(SurveySummary summary);

    /// <summary>Hides every mission: the reveal begins (or begins again after a rehearsal).</summary>
    Task<RevealState> ResetReveal();
}
