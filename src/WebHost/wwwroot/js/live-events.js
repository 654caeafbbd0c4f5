// The live hub's events by name, as the server sends them (Hubs/LiveEvents.cs): an edition's events come
// in batches (`Events`: one message per batch window, an array of { name, payload } in order, which
// connection.js hands one by one to the handler of each name); presence and heartbeats come alone. Pages
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
  ScheduleChanged: 'ScheduleChanged',
  PresenceChanged: 'PresenceChanged',
  Heartbeat: 'Heartbeat',
  Events: 'Events',
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
  LiveEvents.ScheduleChanged,
]);
