// The closing-evening display: huge live counters and each mission's outcome. During a
// reconnect the last picture stays on screen; the next snapshot replaces it in one go.
import { takeToken, pathIds } from './auth.js';
import { el, replaceChildren } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { watchEdition } from './live.js';
import { renderCounters } from './counters.js';
import { initPage } from './page.js';

const DISPLAY_COUNTERS = [
  ['volunteers', 'counters.volunteers'],
  ['companies', 'counters.companies'],
  ['associations', 'counters.associations'],
  ['missionsCompleted', 'counters.completed'],
];

const page = initPage();
const [editionId] = pathIds();
const token = takeToken();
const missions = new Map();
let counters = null;

const ui = {
  title: document.getElementById('edition-title'),
  counters: document.getElementById('counters'),
  outcomes: document.getElementById('outcomes'),
};

const completed = (m) => m.milestonesTotal > 0 && m.milestonesDone >= m.milestonesTotal;

function render() {
  renderCounters(ui.counters, counters, DISPLAY_COUNTERS);
  const list = [...missions.values()].sort((a, b) => a.title.localeCompare(b.title));
  replaceChildren(ui.outcomes, list.map((m) =>
    el('li', { 'data-mission': m.id, 'data-completed': completed(m) },
      el('span', { class: 'title' }, m.title),
      el('span', { class: 'association' }, m.associationName),
      el('span', { class: 'outcome' }, completed(m) ? `✓ ${t('display.completed')}` : t('display.inProgress', { progress: m.progress })))));
}

onLanguageChange(() => {
  page.refreshLiveState();
  render();
});

if (!token) {
  page.fail(t('error.noToken'));
} else {
  watchEdition(editionId, token, {
    onState: page.liveState,
    onError: (error) => page.fail(t('error.generic', { message: error.message })),
    onSnapshot(snapshot) {
      ui.title.textContent = snapshot.title;
      document.title = `${t('display.title')} · ${snapshot.title}`;
      counters = snapshot.counters;
      missions.clear();
      for (const m of snapshot.missions) missions.set(m.id, m);
      render();
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
  });
}
