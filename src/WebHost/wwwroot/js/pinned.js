// The pinned announcements of a lead or team page: at most one for every team and one for the
// mission. They come with the JoinMission answer (so a reload shows them again), a pinned
// Announcement replaces the pin of its audience, AnnouncementUnpinned takes one off.
import { el, replaceChildren } from './dom.js';
import { formatTime } from './i18n.js';

export function pinnedAnnouncements(section, list) {
  let pinned = [];

  function render() {
    replaceChildren(list, pinned.map((a) =>
      el('li', { 'data-announcement': a.id }, el('time', { datetime: a.sentAt }, formatTime(a.sentAt)), ' ', a.message)));
    section.hidden = pinned.length === 0;
  }

  return {
    render,
    load(detail) {
      pinned = [...(detail.pinned ?? [])];
      render();
    },
    announced(event) {
      if (!event.pinned) return;
      pinned = [...pinned.filter((a) => (a.missionId ?? null) !== (event.missionId ?? null)), event]
        .sort((a, b) => (a.missionId ? 1 : 0) - (b.missionId ? 1 : 0));
      render();
    },
    unpinned(event) {
      pinned = pinned.filter((a) => a.id !== event.id);
      render();
    },
  };
}
