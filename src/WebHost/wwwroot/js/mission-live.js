// One mission, live, for a team's page (a team link may not watch the whole edition), over the
// pages' hub connection (connection.js).
//
// JoinMission returns the mission's detail (with its pinned announcements). MissionChanged carries only the summary, whose own
// version rises by one per change: the page takes the detail again when it is newer than what it
// holds. After a reconnect the server has forgotten the groups, so the page joins again.
// PresenceChanged lists who of the team has the page open; a higher `sequence` is newer.

import { connectLive } from './connection.js';
import { LiveEvents } from './live-events.js';

export function watchMission(editionId, missionId, token, handlers) {
  let presenceSequence = -1;
  let joining = null;
  const state = (name) => handlers.onState?.(name);
  const mine = (event) => event.editionId === editionId;

  const events = {
    [LiveEvents.MissionChanged](event) {
      if (mine(event) && event.mission.id === missionId) handlers.onMissionChanged?.(event.mission);
    },
    [LiveEvents.HelpRequested](event) {
      if (mine(event) && event.helpRequest.missionId === missionId) handlers.onHelpRequested?.(event.helpRequest);
    },
    [LiveEvents.Announcement](event) {
      if (mine(event)) handlers.onAnnouncement?.(event);
    },
    [LiveEvents.AnnouncementUnpinned](event) {
      if (mine(event)) handlers.onAnnouncementUnpinned?.(event);
    },
    [LiveEvents.PresenceChanged](event) {
      if (!mine(event) || event.missionId !== missionId || event.sequence < presenceSequence) return;
      presenceSequence = event.sequence;
      handlers.onPresence?.(event);
    },
  };

  async function join() {
    try {
      handlers.onDetail?.(await connection.invoke('JoinMission', editionId, missionId));
      const me = handlers.memberId?.();
      if (me) await connection.invoke('AnnouncePresence', editionId, missionId, me);
      state('live');
    } catch (error) {
      handlers.onError?.(error);
    } finally {
      joining = null;
    }
  }

  const connection = connectLive(token, { events, onState: state, join: () => rejoin() });
  const rejoin = () => (joining ??= join());

  return {
    connection,
    rejoin,
    announce: (memberId) => connection.state === signalR.HubConnectionState.Connected
      ? connection.invoke('AnnouncePresence', editionId, missionId, memberId || null)
      : Promise.resolve(),
  };
}
