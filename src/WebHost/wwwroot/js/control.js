// The control room: every mission of the edition, live.
import { api, ApiError, editionPath, missionPath } from './api.js';
import { pathIds } from './auth.js';
import { el, replaceChildren, say, minutesSince } from './dom.js';
import { t, formatTime } from './i18n.js';
import { watchEdition } from './live.js';
import { renderCounters } from './counters.js';
import { initPage } from './page.js';
import { isDeskToken } from './desk.js';
import { RunOfShow, loadDay, renderCountdown, scheduleDate, tickEverySecond } from './run-of-show.js';
import { createPager, pagePeriod } from './pager.js';
import { createBeeper, fitTiles, keepWallChoice, wallWanted } from './wall.js';

const HEALTH_ORDER = { blocked: 0, 'at-risk': 1, stale: 2, 'on-track': 3 };
const PULSE_MS = 12_000;

/** Urgent first: blocked, then any mission with an open help request (whatever its health), then at risk, stale, on track. */
const urgency = (m) => (m.health === 'blocked' ? 0 : m.openHelpRequests > 0 ? 1 : HEALTH_ORDER[m.health] + 1);

const page = initPage({ rerender: () => render() });
const [editionId] = pathIds();
const token = page.requireToken();
// Until /api/me answers, the page shows no desk-only control: a wall screen's viewer link never sees them.
let isDesk = false;

const missions = new Map();
const helpRequests = new Map();
const announcements = [];
let pinned = [];
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
  announceTo: document.getElementById('announce-to'),
  announcePinned: document.getElementById('announce-pinned'),
  pinned: document.getElementById('pinned-announcements'),
  pinnedEmpty: document.getElementById('pinned-empty'),
  announcements: document.getElementById('announcements'),
  helpQueue: document.getElementById('help-queue'),
  helpEmpty: document.getElementById('help-empty'),
  helpStatus: document.getElementById('help-status'),
  schedule: document.getElementById('schedule'),
  scheduleDay: document.getElementById('schedule-day'),
  scheduleCurrent: document.getElementById('schedule-current'),
  scheduleEmpty: document.getElementById('schedule-empty'),
  runOfShow: document.getElementById('run-of-show'),
  runControls: document.getElementById('run-controls'),
  runStatus: document.getElementById('run-status'),
  pagerIndicator: document.getElementById('missions-pager'),
  wallToggle: document.getElementById('wall-toggle'),
  soundToggle: document.getElementById('sound-toggle'),
};

let edition = null; // { days, timezone } from the snapshot, for the schedule
const run = new RunOfShow();
let wall = wallWanted();
const pulsing = new Map(); // missionId → until (ms)
const pager = createPager(ui.missions, { periodMs: pagePeriod(10_000), indicator: ui.pagerIndicator });
const beeper = createBeeper(ui.soundToggle, { on: () => t('wall.sound.on'), off: () => t('wall.sound.off') });

function sorted(list) {
  // A wall screen has no sort control within reach: urgent first.
  const by = wall ? 'health' : ui.sort.value;
  const compare = {
    health: (a, b) => urgency(a) - urgency(b) || b.openHelpRequests - a.openHelpRequests || a.progress - b.progress,
    'progress-asc': (a, b) => a.progress - b.progress,
    'progress-desc': (a, b) => b.progress - a.progress,
    stale: (a, b) => new Date(a.lastUpdateAt) - new Date(b.lastUpdateAt),
    title: (a, b) => a.title.localeCompare(b.title),
  }[by];
  return [...list].sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
}

function visible(mission) {
  const filter = ui.filter.value;
  if (filter === 'all' || wall) return true;
  if (filter === 'help') return mission.openHelpRequests > 0;
  return mission.health === filter;
}

function missionCard(m) {
  const minutes = minutesSince(m.lastUpdateAt);
  const pulse = (pulsing.get(m.id) ?? 0) > Date.now();
  return el('li', {
    class: 'mission-card', 'data-mission': m.id, 'data-health': m.health, 'data-help': m.openHelpRequests > 0, 'data-pulse': pulse,
    'data-stale-minutes': minutes,
  },
    el('h3', {}, m.title),
    el('p', { class: 'association' }, m.associationName),
    el('div', { class: 'meta' },
      el('span', { class: 'health', 'data-health': m.health }, t(`health.${m.health}`)),
      el('span', { class: 'updated', 'data-old': minutes >= 30 }, t('control.updated', { minutes }))),
    el('div', {
      class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': m.progress,
      'aria-label': t('control.progress', { progress: m.progress }),
    }, el('span', { style: { width: `${Number(m.progress) || 0}%` } })),
    el('div', { class: 'meta' },
      el('span', { class: 'progress-text' }, t('control.progress', { progress: m.progress })),
      el('span', { class: 'detail' }, t('control.milestones', { done: m.milestonesDone, total: m.milestonesTotal })),
      // On a wall: the progress in short, then the last update's age (next to the health badge,
      // "il y a 12 min" did not fit a tile of 22 missions at 1920 px).
      el('span', { class: 'progress-short' }, t('wall.progress', { progress: m.progress })),
      el('span', { class: 'updated-short', 'data-old': minutes >= 30 }, t('wall.updated', { minutes }))),
    m.currentMilestone ? el('p', { class: 'meta current detail' }, t('control.current', { label: m.currentMilestone })) : null,
    el('p', { class: 'meta help', 'data-count': m.openHelpRequests },
      m.openHelpRequests > 0 ? t('control.help.count', { count: m.openHelpRequests }) : t('control.help.none')),
    el('div', { class: 'meta detail' },
      el('span', { class: 'deliverables', 'data-count': m.deliverables ?? 0 }, t('control.deliverables', { count: m.deliverables ?? 0 })),
      el('span', { class: 'checked-in', 'data-count': m.checkedIn ?? 0 },
        t('control.checkedIn', { count: m.checkedIn ?? 0, total: m.volunteers }))));
}

function renderMissions() {
  const list = sorted([...missions.values()].filter(visible));
  replaceChildren(ui.missions, list.map(missionCard));
  ui.missionsEmpty.hidden = list.length > 0 || missions.size === 0;
  layoutWall(list.length);
}

/** On the wall every tile fits at once when it can; else the pager turns pages (urgent ones on the first). */
function layoutWall(count) {
  document.body.classList.toggle('wall', wall);
  ui.wallToggle.setAttribute('aria-pressed', String(wall));
  ui.soundToggle.hidden = !wall;
  if (!wall) {
    ui.missions.style.removeProperty('--cols');
    ui.missions.style.removeProperty('--tile-h');
    pager.reset();
    return;
  }
  fitTiles(ui.missions, count);
  pager.layout();
}

/** Who an announcement went to: every team, or one mission's title. */
function audience(a) {
  return a.missionId ? (missions.get(a.missionId)?.title ?? a.missionId) : t('control.announce.everyone');
}

function announcementItem(a) {
  return el('li', { 'data-announcement': a.id }, el('time', { datetime: a.sentAt }, formatTime(a.sentAt)), ' ',
    el('span', { class: 'who' }, audience(a)), ' — ', a.message);
}

function renderPinned() {
  replaceChildren(ui.pinned, pinned.map((a) => {
    const item = announcementItem(a);
    if (isDesk) {
      const button = el('button', { type: 'button', class: 'secondary', 'data-action': 'unpin' }, t('control.unpin'));
      button.addEventListener('click', () => unpin(a, button));
      item.append(' ', button);
    }
    return item;
  }));
  ui.pinnedEmpty.hidden = pinned.length > 0;
}

/** The audience choice follows the missions (the first option, every team, stays). */
function renderAudienceChoice() {
  const chosen = ui.announceTo.value;
  const everyone = el('option', { value: '' }, t('control.announce.everyone'));
  replaceChildren(ui.announceTo, everyone, ...[...missions.values()]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((m) => el('option', { value: m.id }, m.title)));
  ui.announceTo.value = missions.has(chosen) ? chosen : '';
}

async function unpin(a, button) {
  button.disabled = true;
  try {
    await api(`${editionPath(editionId)}/announcements/${encodeURIComponent(a.id)}/pin`, { method: 'DELETE', token });
  } catch (error) {
    const text = error instanceof ApiError ? error.describe() : t('error.network');
    say(ui.announceStatus, t('error.generic', { message: text }), 'error');
    button.disabled = false;
  }
}

function renderFeeds() {
  renderPinned();
  replaceChildren(ui.announcements, announcements.map(announcementItem));
  const help = [...helpRequests.values()].filter((h) => h.status !== 'resolved')
    .sort((a, b) => new Date(b.createdAt) - new Date(a.createdAt));
  replaceChildren(ui.helpQueue, help.map(helpItem));
  ui.helpEmpty.hidden = help.length > 0;
}

function helpItem(h) {
  const actions = el('div', { class: 'help-actions' });
  for (const status of !isDesk ? [] : h.status === 'open' ? ['acknowledged', 'resolved'] : ['resolved']) {
    const button = el('button', { type: 'button', class: status === 'resolved' ? '' : 'secondary', 'data-action': status },
      t(`control.help.${status === 'resolved' ? 'resolve' : 'acknowledge'}`));
    button.addEventListener('click', () => setHelpStatus(h, status, button));
    actions.append(button);
  }
  return el('li', { 'data-help': h.id, 'data-status': h.status },
    el('span', { class: 'who' }, `${missions.get(h.missionId)?.title ?? h.missionId} · ${formatTime(h.createdAt)}`),
    el('strong', {}, h.skill), ' — ', el('span', { class: 'help-message' }, h.message),
    el('span', { class: 'help-status', 'data-status': h.status }, t(`help.${h.status}`)),
    actions);
}

async function setHelpStatus(h, status, button) {
  button.disabled = true;
  try {
    const mission = await api(`${missionPath(editionId, h.missionId)}/help-requests/${encodeURIComponent(h.id)}`,
      { method: 'PUT', body: { status }, token });
    acceptHelpRequests(h.missionId, mission.helpRequests);
    say(ui.helpStatus, t(`control.help.${status}`), 'ok');
  } catch (error) {
    const text = error instanceof ApiError ? error.describe() : t('error.network');
    say(ui.helpStatus, t('error.generic', { message: text }), 'error');
    button.disabled = false;
  }
}

/** A mission's help requests as the server has them now: the queue keeps those not resolved. */
function acceptHelpRequests(missionId, list) {
  for (const [id, h] of helpRequests) if (h.missionId === missionId) helpRequests.delete(id);
  for (const h of list) if (h.status !== 'resolved') helpRequests.set(h.id, h);
  renderFeeds();
}

// A mission whose help requests may have moved (another desk acknowledged one): read them again,
// once per mission at a time.
const helpReloads = new Set();
async function reloadHelpRequests(missionId) {
  if (helpReloads.has(missionId)) return;
  helpReloads.add(missionId);
  try {
    const mission = await api(missionPath(editionId, missionId), { token });
    acceptHelpRequests(missionId, mission.helpRequests);
  } catch {
    // the next change or snapshot tries again
  } finally {
    helpReloads.delete(missionId);
  }
}

function queuedFor(missionId) {
  return [...helpRequests.values()].filter((h) => h.missionId === missionId);
}

async function loadSchedule() {
  const date = scheduleDate(edition);
  if (!date) return;
  try {
    run.accept(await loadDay(editionId, date, token));
  } catch {
    return; // keep what is shown; the next minute tries again
  }
  renderSchedule();
}

function renderSchedule() {
  const schedule = run.schedule;
  renderCountdown(ui.runOfShow, run);
  ui.runControls.hidden = !isDesk || !schedule || schedule.phases.length === 0;
  if (!schedule) return;
  const day = edition?.days?.find((d) => d.date === schedule.date);
  ui.scheduleDay.textContent = day ? `${day.label} · ${schedule.date}` : schedule.date;
  const current = run.current();
  replaceChildren(ui.schedule, schedule.phases.map((p) =>
    el('li', {
      'data-phase': p.id, 'data-status': run.status(p),
      class: p.id === current?.id ? 'current' : null, 'aria-current': p.id === current?.id ? 'time' : null,
    },
    el('span', { class: 'when' }, `${p.start}–${p.end}`), ' ', el('span', { class: 'label' }, p.label),
    p.driftMinutes && run.status(p) !== 'done' ? el('span', { class: 'drift' }, ` (${p.driftMinutes > 0 ? '+' : '−'}${Math.abs(p.driftMinutes)} min)`) : null)));
  ui.scheduleEmpty.hidden = schedule.phases.length > 0;
  ui.scheduleCurrent.textContent = current
    ? t('control.schedule.now', { label: current.label })
    : t('control.schedule.none');
}

/** The desk's run of show: end the phase, give it more time, start the next one. */
async function moveRun(path, body) {
  const schedule = run.schedule;
  if (!schedule) return;
  for (const button of ui.runControls.querySelectorAll('button')) button.disabled = true;
  try {
    run.accept(await api(`${editionPath(editionId)}/days/${encodeURIComponent(schedule.date)}/phases/${path}`, { method: 'POST', body, token }));
    say(ui.runStatus, '', 'info');
    renderSchedule();
  } catch (error) {
    const text = error instanceof ApiError ? error.describe() : t('error.network');
    say(ui.runStatus, t('error.generic', { message: text }), 'error');
  } finally {
    for (const button of ui.runControls.querySelectorAll('button')) button.disabled = false;
  }
}

function render() {
  beeper.redraw();
  renderCounters(ui.counters, counters);
  renderMissions();
  renderFeeds();
  renderSchedule();
  renderAudienceChoice();
}

// The snapshot counts open help requests per mission; their text is in each mission.
async function loadHelpRequests(summaries) {
  for (const m of summaries) if (m.openHelpRequests === 0) acceptHelpRequests(m.id, []);
  const withHelp = summaries.filter((m) => m.openHelpRequests > 0).slice(0, 50);
  const details = await Promise.allSettled(withHelp.map((m) => api(missionPath(editionId, m.id), { token })));
  for (const result of details) {
    if (result.status === 'fulfilled') acceptHelpRequests(result.value.id, result.value.helpRequests);
  }
  renderFeeds();
}

function applyMission(summary) {
  const known = missions.get(summary.id);
  if (known && known.version > summary.version) return;
  missions.set(summary.id, summary);
}

/** The desk (admin token) may announce and work the help queue; a viewer's wall screen only watches. */
async function detectDesk() {
  isDesk = await isDeskToken(token);
  ui.announceForm.hidden = !isDesk;
  document.body.dataset.desk = isDesk ? 'yes' : 'no';
  render();
}

if (token) {
  detectDesk();
  watchEdition(editionId, token, {
    onState: page.liveState,
    onError: page.failWith,
    onSnapshot(snapshot) {
      const firstSnapshot = edition === null;
      edition = { days: snapshot.days, timezone: snapshot.timezone };
      if (firstSnapshot) loadSchedule();
      ui.title.textContent = snapshot.title;
      document.title = `${t('control.title')} · ${snapshot.title}`;
      counters = snapshot.counters;
      missions.clear();
      for (const m of snapshot.missions) applyMission(m);
      pinned = [...(snapshot.pinned ?? [])];
      render();
      loadHelpRequests(snapshot.missions);
    },
    onMissionChanged(event) {
      const known = missions.get(event.mission.id);
      applyMission(event.mission);
      renderMissions();
      if (!known) renderAudienceChoice();
      // The count moved, or a queued request may have changed status (acknowledged at another desk).
      const queued = queuedFor(event.mission.id);
      if (event.mission.openHelpRequests !== queued.length || (known && queued.length > 0 && event.mission.version > known.version)) {
        reloadHelpRequests(event.mission.id);
      }
    },
    onEditionChanged(event) {
      counters = event.counters;
      renderCounters(ui.counters, counters);
    },
    onAnnouncement(event) {
      announcements.unshift(event);
      if (event.pinned) pinned = [...pinned.filter((p) => (p.missionId ?? null) !== (event.missionId ?? null)), event];
      renderFeeds();
    },
    onAnnouncementUnpinned(event) {
      pinned = pinned.filter((p) => p.id !== event.id);
      renderFeeds();
    },
    onHelpRequested(event) {
      helpRequests.set(event.helpRequest.id, event.helpRequest);
      renderFeeds();
      // Noticed from across the room: the tile pulses for a while, and the desk may hear it.
      pulsing.set(event.helpRequest.missionId, Date.now() + PULSE_MS);
      setTimeout(renderMissions, PULSE_MS + 50);
      renderMissions();
      beeper.beep();
    },
    onScheduleChanged(event) {
      if (run.accept(event.schedule) || !run.schedule) renderSchedule();
    },
  });
}

ui.sort.addEventListener('change', renderMissions);
ui.filter.addEventListener('change', renderMissions);
// Minutes since the last update move on even when nothing happens.
setInterval(renderMissions, 30_000);
// The current phase moves with the clock: ask again every minute; the countdown ticks every second.
setInterval(loadSchedule, 60_000);
let shownPhase = null;
tickEverySecond(() => {
  renderCountdown(ui.runOfShow, run);
  if (run.current()?.id !== shownPhase) {
    shownPhase = run.current()?.id;
    renderSchedule();
  }
});

ui.runControls.querySelector('#phase-end').addEventListener('click', () => moveRun('current/end'));
ui.runControls.querySelector('#phase-next').addEventListener('click', () => moveRun('next'));
for (const button of ui.runControls.querySelectorAll('[data-minutes]')) {
  button.addEventListener('click', () => moveRun('current/extend', { minutes: Number(button.dataset.minutes) }));
}
ui.wallToggle.addEventListener('click', () => {
  wall = !wall;
  keepWallChoice(wall);
  renderMissions();
});
window.addEventListener('resize', () => { if (wall) layoutWall(ui.missions.children.length); });

ui.announceForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = ui.announceMessage.value.trim();
  if (!message) return;
  const button = ui.announceForm.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const missionId = ui.announceTo.value || null;
    const body = { message, missionId, pinned: ui.announcePinned.checked };
    await api(`${editionPath(editionId)}/announcements`, { method: 'POST', body, token });
    ui.announceMessage.value = '';
    ui.announcePinned.checked = false;
    say(ui.announceStatus, t('control.announce.sent'), 'ok');
  } catch (error) {
    const text = error instanceof ApiError ? error.describe() : t('error.network');
    say(ui.announceStatus, t('error.generic', { message: text }), 'error');
  } finally {
    button.disabled = false;
  }
});
