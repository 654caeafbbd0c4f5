// The control room: every mission of the edition, live.
import { api, ApiError, editionPath, missionPath } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { el, replaceChildren, say, minutesSince } from './dom.js';
import { t, onLanguageChange, formatTime } from './i18n.js';
import { watchEdition } from './live.js';
import { renderCounters } from './counters.js';
import { initPage } from './page.js';

const HEALTH_ORDER = { blocked: 0, 'at-risk': 1, stale: 2, 'on-track': 3 };

const page = initPage();
const [editionId] = pathIds();
const token = takeToken();

const missions = new Map();
const helpRequests = new Map();
const announcements = [];
let counters = null;

const ui = {
  title: document.getElementById('edition-title'),
  counters: document.getElementById('counters'),
  missions: document.getElementById('missions'),
  missionsEmpty: document.getElementById('missions-empty'),
  sort: document.getElementById('sort'),
  filter: document.getElementById('filter'),
  announceForm: document.getElementById('announce-form'),
  announceMessage: document.getElementById('announce-message'),
  announceStatus: document.getElementById('announce-status'),
  announcements: document.getElementById('announcements'),
  helpQueue: document.getElementById('help-queue'),
  helpEmpty: document.getElementById('help-empty'),
};

function sorted(list) {
  const by = ui.sort.value;
  const compare = {
    health: (a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || a.progress - b.progress,
    'progress-asc': (a, b) => a.progress - b.progress,
    'progress-desc': (a, b) => b.progress - a.progress,
    stale: (a, b) => new Date(a.lastUpdateAt) - new Date(b.lastUpdateAt),
    title: (a, b) => a.title.localeCompare(b.title),
  }[by];
  return [...list].sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
}

function visible(mission) {
  const filter = ui.filter.value;
  if (filter === 'all') return true;
  if (filter === 'help') return mission.openHelpRequests > 0;
  return mission.health === filter;
}

function missionCard(m) {
  const minutes = minutesSince(m.lastUpdateAt);
  return el('li', { class: 'mission-card', 'data-mission': m.id, 'data-health': m.health },
    el('h3', {}, m.title),
    el('p', { class: 'association' }, m.associationName),
    el('div', { class: 'meta' },
      el('span', { class: 'health', 'data-health': m.health }, t(`health.${m.health}`)),
      el('span', { class: 'updated' }, t('control.updated', { minutes }))),
    el('div', {
      class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': m.progress,
      'aria-label': t('control.progress', { progress: m.progress }),
    }, el('span', { style: { width: `${Number(m.progress) || 0}%` } })),
    el('div', { class: 'meta' },
      el('span', { class: 'progress-text' }, t('control.progress', { progress: m.progress })),
      el('span', {}, t('control.milestones', { done: m.milestonesDone, total: m.milestonesTotal }))),
    m.currentMilestone ? el('p', { class: 'meta current' }, t('control.current', { label: m.currentMilestone })) : null,
    el('p', { class: 'meta help', 'data-count': m.openHelpRequests },
      m.openHelpRequests > 0 ? t('control.help.count', { count: m.openHelpRequests }) : t('control.help.none')));
}

function renderMissions() {
  const list = sorted([...missions.values()].filter(visible));
  replaceChildren(ui.missions, list.map(missionCard));
  ui.missionsEmpty.hidden = list.length > 0 || missions.size === 0;
}

function renderFeeds() {
  replaceChildren(ui.announcements, announcements.map((a) =>
    el('li', {}, el('time', { datetime: a.sentAt }, formatTime(a.sentAt)), a.message)));
  const help = [...helpRequests.values()].filter((h) => h.status !== 'resolved')
    .sort((a, b) => new Date(b.createdAt) - new Date(a.createdAt));
  replaceChildren(ui.helpQueue, help.map((h) =>
    el('li', { 'data-help': h.id },
      el('span', { class: 'who' }, `${missions.get(h.missionId)?.title ?? h.missionId} · ${formatTime(h.createdAt)}`),
      el('strong', {}, h.skill), ' — ', el('span', { class: 'help-message' }, h.message))));
  ui.helpEmpty.hidden = help.length > 0;
}

function render() {
  renderCounters(ui.counters, counters);
  renderMissions();
  renderFeeds();
}

// The snapshot counts open help requests per mission; their text is in each mission.
async function loadHelpRequests(summaries) {
  const withHelp = summaries.filter((m) => m.openHelpRequests > 0).slice(0, 50);
  const details = await Promise.allSettled(withHelp.map((m) => api(missionPath(editionId, m.id), { token })));
  for (const result of details) {
    if (result.status !== 'fulfilled') continue;
    for (const h of result.value.helpRequests) if (h.status !== 'resolved') helpRequests.set(h.id, h);
  }
  renderFeeds();
}

function applyMission(summary) {
  const known = missions.get(summary.id);
  if (known && known.version > summary.version) return;
  missions.set(summary.id, summary);
}

if (!token) {
  page.fail(t('error.noToken'));
} else {
  watchEdition(editionId, token, {
    onState: page.liveState,
    onError: (error) => page.fail(t('error.generic', { message: error.message })),
    onSnapshot(snapshot) {
      ui.title.textContent = snapshot.title;
      document.title = `${t('control.title')} · ${snapshot.title}`;
      counters = snapshot.counters;
      missions.clear();
      for (const m of snapshot.missions) applyMission(m);
      render();
      loadHelpRequests(snapshot.missions);
    },
    onMissionChanged(event) {
      applyMission(event.mission);
      renderMissions();
    },
    onEditionChanged(event) {
      counters = event.counters;
      renderCounters(ui.counters, counters);
    },
    onAnnouncement(event) {
      announcements.unshift(event);
      renderFeeds();
    },
    onHelpRequested(event) {
      helpRequests.set(event.helpRequest.id, event.helpRequest);
      renderFeeds();
    },
  });
}

ui.sort.addEventListener('change', renderMissions);
ui.filter.addEventListener('change', renderMissions);
onLanguageChange(() => {
  page.refreshLiveState();
  render();
});
// Minutes since the last update move on even when nothing happens.
setInterval(renderMissions, 30_000);

ui.announceForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = ui.announceMessage.value.trim();
  if (!message) return;
  const button = ui.announceForm.querySelector('button');
  button.disabled = true;
  try {
    await api(`${editionPath(editionId)}/announcements`, { method: 'POST', body: { message }, token });
    ui.announceMessage.value = '';
    say(ui.announceStatus, t('control.announce.sent'), 'ok');
  } catch (error) {
    const text = error instanceof ApiError ? error.describe() : t('error.network');
    say(ui.announceStatus, t('error.generic', { message: text }), 'error');
  } finally {
    button.disabled = false;
  }
});
