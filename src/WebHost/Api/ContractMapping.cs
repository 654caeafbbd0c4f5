using System.Globalization;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Api;

/// <summary>Grain messages to JSON contracts: the only place where the two meet.</summary>
public static class ContractMapping
{
    public static EditionResponse ToResponse(this EditionSnapshot snapshot) => new(
        snapshot.Info.Id,
        snapshot.Info.Title,
        snapshot.Info.Territory,
        WireNames.Of(snapshot.Info.Format),
        snapshot.Info.TimeZone,
        snapshot.Info.Days.Select(ToResponse).ToList(),
        snapshot.Info.CreatedAt,
        snapshot.Version,
        snapshot.Counters.ToResponse(),
        snapshot.Missions.Select(ToResponse).ToList(),
        snapshot.Companies,
        snapshot.Revealed ?? [],
        snapshot.RevealStarted,
        (snapshot.Pinned ?? []).Select(a => a.ToResponse(snapshot.Info.Id)).ToList());

    public static AnnouncementResponse ToResponse(this Announcement a, string editionId) =>
        new(a.Id, a.Message, a.SentAt, editionId, a.MissionId, a.Pinned);

    public static EventDayResponse ToResponse(this EventDayInfo day) => new(
        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        day.Label,
        (day.Start ?? new TimeOnly(9, 0)).ToString("HH:mm", CultureInfo.InvariantCulture),
        (day.End ?? new TimeOnly(18, 0)).ToString("HH:mm", CultureInfo.InvariantCulture));

    public static CountersResponse ToResponse(this EditionCounters c) =>
        new(c.Missions, c.Associations, c.Volunteers, c.Companies, c.MilestonesDone, c.MilestonesTotal, c.MissionsCompleted);

    public static MissionSummaryResponse ToResponse(this MissionSummary m) => new(
        m.Id,
        m.Title,
        m.AssociationId,
        m.AssociationName,
        m.Progress,
        WireNames.Of(m.Health),
        m.Version,
        m.LastUpdateAt,
        m.MilestonesDone,
        m.MilestonesTotal,
        m.Volunteers,
        m.OpenHelpRequests,
        m.CurrentMilestone,
        m.Deliverables,
        m.CheckedIn);

    public static MissionResponse ToResponse(this MissionDetail m, bool withNames, string? leadToken = null) => new(
        m.EditionId,
        m.Id,
        m.Title,
        new AssociationResponse(m.Association.Id, m.Association.Name, m.Association.Cause),
        new LeadResponse(withNames && m.LeadName.Length > 0 ? m.LeadName : null),
        m.Milestones.Select(s => new MilestoneResponse(s.Id, s.Label, WireNames.Of(s.Status), s.Note, s.UpdatedAt)).ToList(),
        m.Members.Select(v => new MemberResponse(v.Id, withNames ? v.Name : null, v.Company, v.Remote, v.CheckedIn)).ToList(),
        m.HelpRequests.Select(ToResponse).ToList(),
        m.Deliverables.Select(d => new DeliverableResponse(d.Id, d.Title, d.Link, d.AddedAt)).ToList(),
        m.Progress,
        WireNames.Of(m.Health),
        m.Version,
        m.EditionVersion,
        m.LastUpdateAt,
        leadToken);

    public static HelpRequestResponse ToResponse(this HelpRequest h) =>
        new(h.Id, h.MissionId, h.Skill, h.Message, WireNames.Of(h.Status), h.CreatedAt);

    public static ResultsResponse ToResults(this EditionSnapshot s) => new(
        s.Info.Id,
        s.Info.Title,
        s.Version,
        s.Counters.ToResponse(),
        s.Companies,
        s.Missions
            .Select(m => new MissionOutcomeResponse(
                m.Id, m.Title, m.AssociationName, m.Progress, m.Completed, m.Volunteers))
            .ToList(),
        s.Revealed ?? [],
        s.RevealStarted);

    public static LiveRevealed ToLive(this RevealState r, string editionId) => new(editionId, r.Version, r.MissionId, r.Revealed, r.Started);
}
