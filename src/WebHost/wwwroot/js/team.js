// A remote team's page (team link): the mission, its milestones and who is in the team. A team
// token may read only its mission, so the page asks for it again every few seconds.
import { api, ApiError, missionPath } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { el, replaceChildren } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { initPage } from './page.js';

const REFRESH_EVERY_MS = 10_000;

const page = initPage();
const [editionId, missionId] = pathIds();
const token = takeToken();
let mission = null;

const ui = {
  title: document.getElementById('mission-title'),
  association: document.getElementById('mission-association'),
  health: document.getElementById('mission-health'),
  progressText: document.getElementById('mission-progress-text'),
  progress: document.getElementById('mission-progress'),
  milestones: document.getElementById('milestones'),
  members: document.getElementById('members'),
};

function render() {
  if (!mission) return;
  ui.title.textContent = mission.title;
  document.title = `${mission.title} — Orchestrator`;
  ui.association.textContent = mission.association.name;
  ui.health.dataset.health = mission.health;
  ui.health.textContent = t(`health.${mission.health}`);
  ui.progressText.textContent = t('control.progress', { progress: mission.progress });
  ui.progress.setAttribute('aria-valuenow', mission.progress);
  ui.progress.firstElementChild.style.width = `${mission.progress}%`;
  replaceChildren(ui.milestones, mission.milestones.map((m) =>
    el('li', { 'data-milestone': m.id }, el('span', { class: 'status', 'data-status': m.status }, t(`status.${m.status}`)), ' ', m.label)));
  replaceChildren(ui.members, mission.members.length === 0
    ? el('li', { class: 'empty' }, t('lead.members.empty'))
    : mission.members.map((m) => el('li', { 'data-member': m.id },
      el('strong', {}, m.name ?? '—'), ' · ', m.company, ' · ', t(m.remote ? 'team.remote' : 'team.onsite'),
      m.checkedIn ? ` · ${t('team.checkedIn')}` : '')));
}

async function refresh() {
  try {
    const next = await api(missionPath(editionId, missionId), { token });
    if (!mission || next.version >= mission.version) mission = next;
    page.liveState('live');
    render();
  } catch (error) {
    page.liveState('offline');
    if (error instanceof ApiError) page.fail(t('error.generic', { message: error.describe() }));
  }
}

onLanguageChange(() => {
  page.refreshLiveState();
  render();
});

if (!token) {
  page.fail(t('error.noToken'));
} else {
  refresh();
  setInterval(refresh, REFRESH_EVERY_MS);
  addEventListener('online', refresh);
}
