// A remote team's page (team link): the mission, its milestones, who is in the team and who has the
// page open now, and the organisers' announcements, live over the hub (no polling).
import { api, ApiError, missionPath } from './api.js';
import { pathIds } from './auth.js';
import { el, replaceChildren } from './dom.js';
import { t, formatTime } from './i18n.js';
import { watchMission } from './mission-live.js';
import { initPage } from './page.js';
import { missionHeader } from './mission-header.js';
import { pinnedAnnouncements } from './pinned.js';

const page = initPage({ rerender: () => render() });
const header = missionHeader();
const pins = pinnedAnnouncements(document.getElementById('pinned'), document.getElementById('pinned-list'));
const [editionId, missionId] = pathIds();
const token = page.requireToken();
const whoKey = `orchestrator.team.me:${editionId}/${missionId}`;
let mission = null;
let presence = null;
const announcements = [];
let fetching = null;

const ui = {
  milestones: document.getElementById('milestones'),
  members: document.getElementById('members'),
  presenceCount: document.getElementById('presence-count'),
  presence: document.getElementById('presence'),
  me: document.getElementById('me'),
  announcements: document.getElementById('announcements'),
  announcementsEmpty: document.getElementById('announcements-empty'),
};

function render() {
  renderPresence();
  renderAnnouncements();
  pins.render();
  if (!mission) return;
  header.render(mission);
  replaceChildren(ui.milestones, mission.milestones.map((m) =>
    el('li', { 'data-milestone': m.id }, el('span', { class: 'status', 'data-status': m.status }, t(`status.${m.status}`)), ' ', m.label)));
  replaceChildren(ui.members, mission.members.length === 0
    ? el('li', { class: 'empty' }, t('lead.members.empty'))
    : mission.members.map((m) => el('li', { 'data-member': m.id },
      el('strong', {}, m.name ?? '—'), ' · ', m.company, ' · ', t(m.remote ? 'team.remote' : 'team.onsite'),
      m.checkedIn ? ` · ${t('team.checkedIn')}` : '')));
  const chosen = localStorage.getItem(whoKey) ?? '';
  replaceChildren(ui.me, el('option', { value: '' }, t('team.me.nobody')),
    ...mission.members.map((m) => el('option', { value: m.id }, m.name ?? m.id)));
  ui.me.value = mission.members.some((m) => m.id === chosen) ? chosen : '';
}

function renderPresence() {
  const count = presence?.count ?? 0;
  ui.presenceCount.dataset.count = count;
  ui.presenceCount.textContent = t(count === 1 ? 'team.online.one' : 'team.online', { count });
  const named = (presence?.present ?? []).filter((p) => p.name);
  const anonymous = count - named.length;
  replaceChildren(ui.presence,
    ...named.map((p) => el('li', { 'data-member': p.memberId }, p.name)),
    ...(anonymous > 0 ? [el('li', { class: 'empty' }, t('team.online.anonymous', { count: anonymous }))] : []));
}

function renderAnnouncements() {
  replaceChildren(ui.announcements, announcements.map((a) =>
    el('li', {}, el('time', { datetime: a.sentAt }, formatTime(a.sentAt)), ' ', a.message)));
  ui.announcementsEmpty.hidden = announcements.length > 0;
}

function accept(detail) {
  if (!mission || detail.version >= mission.version) mission = detail;
  render();
}

/** The summary says the mission moved on: take its detail (milestones, members) again. */
function refresh() {
  fetching ??= api(missionPath(editionId, missionId), { token })
    .then(accept)
    .catch((error) => {
      if (error instanceof ApiError) page.fail(t('error.generic', { message: error.describe() }));
    })
    .finally(() => { fetching = null; });
  return fetching;
}

if (token) {
  const live = watchMission(editionId, missionId, token, {
    onState: page.liveState,
    onDetail(detail) {
      pins.load(detail);
      accept(detail);
    },
    onMissionChanged(summary) {
      if (!mission || summary.version > mission.version) refresh();
    },
    onHelpRequested: () => refresh(),
    onAnnouncement(event) {
      announcements.unshift(event);
      pins.announced(event);
      renderAnnouncements();
    },
    onAnnouncementUnpinned: (event) => pins.unpinned(event),
    onPresence(event) {
      presence = event;
      renderPresence();
    },
    onError: page.failWith,
    memberId: () => localStorage.getItem(whoKey),
  });
  ui.me.addEventListener('change', () => {
    const memberId = ui.me.value;
    if (memberId) localStorage.setItem(whoKey, memberId);
    else localStorage.removeItem(whoKey);
    live.announce(memberId).catch(page.failWith);
  });
}
