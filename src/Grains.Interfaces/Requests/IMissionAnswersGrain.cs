namespace Orchestrator.Grains.Interfaces.Requests;

/// <summary>
/// The recorded answers (<see cref="IIdempotentRequestGrain"/> keys) of one mission's keyed requests
/// (key: <c>MissionKey.For(editionId, missionId)</c>), or of one survey respondent's own (key:
/// <c>"{editionId}/respondent:{respondentId}"</c>). Those answers hold volunteers' names or a respondent's answer,
/// so erasing the person purges them all: a replay never brings them back. A purged key runs again on retry, and the
/// mission's own ledger still applies the change once.
/// </summary>
public interface IMissionAnswersGrain : IGrainWithStringKey
{
    /// <summary>At most this many answers are kept per mission (kept for a day): a lead makes a few hundred changes a day.</summary>
    const int MaxAnswers = 2000;

    /// <summary>Registers an answer about to be recorded; false when the mission already has <see cref="MaxAnswers"/> (record none then).</summary>
    Task<bool> Add(string requestKey);

    /// <summary>Forgets every recorded answer of the mission.</summary>
    Task Purge();
}
