// The live hub's events by name, as the server's ILiveClient (Hubs/ILiveClient.cs) sends them. Pages
// listen by these names only; a test (LiveEventNamesTests) keeps this list equal to the server's.
export const LiveEvents = Object.freeze({
  MissionChanged: 'MissionChanged',
  EditionChanged: 'EditionChanged',
  Announcement: 'Announcement',
  AnnouncementUnpinned: 'AnnouncementUnpinned',
  HelpRequested: 'HelpRequested',
  Revealed: 'Revealed',
  VoteChanged: 'VoteChanged',
  VoteRevealed: 'VoteRevealed',
  SurveyChanged: 'SurveyChanged',
  PresenceChanged: 'PresenceChanged',
  Heartbeat: 'Heartbeat',
});

/** What a screen watching an edition hears (presence goes to team pages only). */
export const EDITION_EVENTS = Object.freeze([
  LiveEvents.MissionChanged,
  LiveEvents.EditionChanged,
  LiveEvents.Announcement,
  LiveEvents.AnnouncementUnpinned,
  LiveEvents.HelpRequested,
  LiveEvents.Revealed,
  LiveEvents.VoteChanged,
  LiveEvents.VoteRevealed,
  LiveEvents.SurveyChanged,
]);
