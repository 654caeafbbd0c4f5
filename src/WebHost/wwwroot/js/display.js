// The closing-evening display: huge live counters and each mission's outcome, revealed mission by
// mission by the desk. During a reconnect the last picture stays on screen; the next snapshot
// replaces it in one go. Until the reveal begins (the desk hides them all, or reveals a first one)
// every outcome shows, as during the day; from then on the missions not yet revealed are dimmed,
// their outcome hidden. Opened with the admin token
// (#token=<admin>), the page also shows the desk's discreet reveal bar; a viewer token shows none.
import { api, editionPath } from './api.js';
import { pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t } from './i18n.js';
import { watchEdition } from './live.js';
import { renderCounters } from './counters.js';
import { initPage } from './page.js';
import { isDeskToken } from './desk.js';
import { voteDisplay } from './vote-display.js';

const DISPLAY_COUNTERS = [
  ['volunteers', 'counters.volunteers'],
  ['companies', 'counters.companies'],
  ['associations', 'counters.associations'],
  ['missionsCompleted', 'counters.completed'],
];

const page = initPage({ rerender: () => { render(); vote.render(); } });
const [editionId] = pathIds();
const token = page.requireToken();
const missions = new Map();
let counters = null;
let revealed = [];
let revealing = false;
let justRevealed = null;
let isDesk = false;

const $ = (id) => document.getElementById(id);
const ui = {
  title: $('edition-title'),
  counters: $('counters'),
  outcomes: $('outcomes'),
  bar: $('reveal-bar'),
  next: $('reveal-next'),
  select: $('reveal-select'),
  one: $('reveal-one'),
  reset: $('reveal-reset'),
  status: $('reveal-status'),
};
const vote = voteDisplay(editionId, token, {
  section: $('vote-section'),
  participation: $('vote-participation'),
  ceremony: $('vote-ceremony'),
  voteBar: $('vote-bar'),
  next: $('vote-reveal-next'),
  undo: $('vote-reveal-undo'),
  status: $('vote-status'),
});

const completed = (m) => m.milestonesTotal > 0 && m.milestonesDone >= m.milestonesTotal;
const ordered = () => [...missions.values()].sort((a, b) => a.title.localeCompare(b.title));
const isHidden = (m) => revealing && !revealed.includes(m.id);

function outcome(m) {
  if (isHidden(m)) return t('display.hidden');
  return completed(m) ? `✓ ${t('display.completed')}` : t('display.inProgress', { progress: m.progress });
}

function render() {
  renderCounters(ui.counters, counters, DISPLAY_COUNTERS);
  replaceChildren(ui.outcomes, ordered().map((m) =>
    el('li', {
      'data-mission': m.id,
      'data-completed': !isHidden(m) && completed(m),
      'data-revealed': revealing ? String(!isHidden(m)) : undefined,
      class: m.id === justRevealed ? 'revealed-now' : undefined,
    },
    el('span', { class: 'title' }, m.title),
    el('span', { class: 'association' }, m.associationName),
    el('span', { class: 'outcome' }, outcome(m)))));
  renderBar();
}

function renderBar() {
  ui.bar.hidden = !isDesk;
  if (!isDesk) return;
  const waiting = ordered().filter((m) => !revealed.includes(m.id));
  const chosen = ui.select.value;
  replaceChildren(ui.select, waiting.map((m) => el('option', { value: m.id, selected: m.id === chosen }, m.title)));
  ui.next.disabled = waiting.length === 0;
  ui.one.disabled = waiting.length === 0;
  ui.reset.disabled = revealing && revealed.length === 0;
  if (waiting.length === 0 && missions.size > 0) say(ui.status, t('display.reveal.done'), 'ok');
}

const sameList = (a, b) => a.length === b.length && a.every((id, i) => b[i] === id);

/** The desk's answer and the hub event carry the same list: the second one changes nothing. */
function applyReveal(list, missionId, started) {
  if (started === revealing && sameList(list, revealed)) return;
  revealing = started;
  revealed = [...list];
  justRevealed = missionId ?? null;
  render();
  justRevealed = null;
}

async function reveal(missionId) {
  if (!missionId) return;
  try {
    const answer = await api(`${editionPath(editionId)}/reveal`, { method: 'POST', token, body: { missionId } });
    say(ui.status, '', 'info');
    applyReveal(answer.revealed, answer.missionId, answer.revealing);
  } catch (error) {
    say(ui.status, t('error.generic', { message: error.message }), 'error');
  }
}

ui.next.addEventListener('click', () => reveal(ordered().find((m) => !revealed.includes(m.id))?.id));
ui.one.addEventListener('click', () => reveal(ui.select.value));
ui.reset.addEventListener('click', async () => {
  try {
    const answer = await api(`${editionPath(editionId)}/reveal`, { method: 'DELETE', token });
    applyReveal(answer.revealed, null, answer.revealing);
  } catch (error) {
    say(ui.status, t('error.generic', { message: error.message }), 'error');
  }
});

/** The desk's screen (admin token) gets the reveal controls; a viewer's does not. */
async function detectDesk() {
  isDesk = await isDeskToken(token);
  renderBar();
  vote.setDesk(isDesk);
}

if (token) {
  detectDesk();
  watchEdition(editionId, token, {
    onState: page.liveState,
    onError: page.failWith,
    onSnapshot(snapshot) {
      ui.title.textContent = snapshot.title;
      document.title = `${t('display.title')} · ${snapshot.title}`;
      counters = snapshot.counters;
      revealed = [...(snapshot.revealed ?? [])];
      revealing = Boolean(snapshot.revealing);
      justRevealed = null;
      missions.clear();
      for (const m of snapshot.missions) missions.set(m.id, m);
      render();
      vote.load();
    },
    onMissionChanged(event) {
      const known = missions.get(event.mission.id);
      if (known && known.version > event.mission.version) return;
      missions.set(event.mission.id, event.mission);
      render();
    },
    onEditionChanged(event) {
      counters = event.counters;
      render();
    },
    onRevealed(event) {
      applyReveal(event.revealed, event.missionId, event.revealing);
    },
    onVoteChanged: vote.onVoteChanged,
    onVoteRevealed: vote.onVoteRevealed,
  });
}
