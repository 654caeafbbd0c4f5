// The desk's side of the closing vote, on the set-up page (admin token): workshops and proposals,
// the rules, guest cards (one QR each, printed as a sheet sized for badges), open and close, the
// full ranking in advance, the reveal (next, undo) and the ranking's export as CSV or JSON.
import { api, ApiError, download, editionPath } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { qrImage, tokenLink } from './qr.js';

const GUESTS_PER_CALL = 1000;

const [editionId] = pathIds();
const base = editionId ? editionPath(editionId) : '';
const cardsKey = `orchestrator.guestCards:${editionId}`;
const $ = (id) => document.getElementById(id);
const ui = {
  section: $('vote-desk'),
  state: $('vote-desk-state'),
  settings: $('vote-settings'),
  workshops: $('vote-workshops'),
  workshopForm: $('workshop-form'),
  proposalForm: $('proposal-form'),
  open: $('vote-open'),
  close: $('vote-close'),
  results: $('vote-results'),
  next: $('vote-reveal-next'),
  undo: $('vote-reveal-undo'),
  exportCsv: $('vote-export-csv'),
  exportJson: $('vote-export-json'),
  status: $('vote-desk-status'),
  ranking: $('vote-ranking'),
  rankingRows: $('vote-ranking-rows'),
  guestSection: $('guest-section'),
  guestForm: $('guest-form'),
  guestPrint: $('guest-print'),
  guestStatus: $('guest-status'),
  guestCards: $('guest-cards'),
};

let vote = null;
const token = () => takeToken();
const problem = (error) => t('error.generic', { message: error instanceof ApiError ? error.describe() : t('error.network') });

function guestCards() {
  try {
    return JSON.parse(sessionStorage.getItem(cardsKey) ?? '[]');
  } catch {
    return [];
  }
}

function render() {
  if (!vote) return;
  ui.section.hidden = false;
  ui.guestSection.hidden = false;
  const draft = vote.status === 'draft';
  ui.state.textContent = t('setup.vote.state', { status: t(`vote.status.${vote.status}`), ballots: vote.ballots, guests: vote.guests });
  for (const form of [ui.settings, ui.workshopForm, ui.proposalForm]) {
    for (const control of form.elements) control.disabled = !draft;
  }
  ui.settings.elements.mode.value = vote.mode;
  ui.settings.elements.budget.value = vote.budget;
  ui.settings.elements.revealTop.value = vote.revealTop;
  ui.open.disabled = !draft;
  ui.close.disabled = vote.status !== 'open';
  ui.next.disabled = vote.status !== 'closed';
  ui.undo.disabled = vote.status !== 'closed' || vote.revealed.length === 0;
  const chosen = ui.proposalForm.elements.workshop.value;
  replaceChildren(ui.proposalForm.elements.workshop, vote.workshops.map((w) => el('option', { value: w.id, selected: w.id === chosen }, w.title)));
  replaceChildren(ui.workshops, vote.workshops.map((w) => el('li', { 'data-workshop': w.id },
    el('strong', {}, w.title), w.host ? el('span', { class: 'who' }, ` · ${w.host}`) : null,
    el('ul', {}, w.proposals.map((p) => el('li', { 'data-proposal': p.id }, p.title, p.summary ? el('span', { class: 'who' }, ` — ${p.summary}`) : null))))));
  renderCards();
}

function renderCards() {
  const cards = guestCards();
  ui.guestPrint.disabled = cards.length === 0;
  replaceChildren(ui.guestCards, cards.map((c) => {
    const href = tokenLink(`/vote/${encodeURIComponent(editionId)}`, c.token);
    const label = c.name ? `${t('setup.guests.card')} · ${c.name}` : t('setup.guests.card');
    return el('li', { 'data-guest': c.guestId, class: 'guest-card' },
      el('strong', {}, c.name ?? t('setup.guests.card')), c.company ? el('span', { class: 'who' }, c.company) : null,
      qrImage(href, label, token(), 140), el('span', { class: 'scan' }, t('setup.guests.scan')));
  }));
}

async function act(path, options = {}) {
  try {
    vote = await api(path, { token: token(), ...options });
    say(ui.status, '', 'info');
    render();
  } catch (error) {
    say(ui.status, problem(error), 'error');
  }
}

async function load() {
  if (!editionId || !token()) return;
  try {
    vote = await api(`${base}/vote`, { token: token() });
    render();
  } catch {
    // Not the desk yet (no admin token), or the edition does not exist: setup.js says so.
  }
}

async function showResults() {
  try {
    const results = await api(`${base}/vote/results`, { token: token() });
    ui.ranking.hidden = false;
    const titles = new Map(vote.workshops.map((w) => [w.id, w.title]));
    replaceChildren(ui.rankingRows, results.proposals.map((p) => el('tr', { 'data-proposal': p.proposalId },
      el('td', {}, String(p.rank)), el('td', {}, p.title), el('td', {}, titles.get(p.workshopId) ?? p.workshopId),
      el('td', {}, String(p.points)), el('td', {}, String(p.voters)))));
    say(ui.status, t('setup.vote.results.count', { ballots: results.ballots }), 'ok');
  } catch (error) {
    say(ui.status, problem(error), 'error');
  }
}

/** Downloads an export with the admin token; a failure shows in the vote's status line. */
async function downloadExport(path, accept, name) {
  try {
    await download(path, { token: token(), accept, name });
  } catch (error) {
    say(ui.status, problem(error), 'error');
  }
}

function guestsFromForm(form) {
  const lines = String(form.get('list') ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 0) {
    return lines.map((line) => {
      const [name, company] = line.split(/[;,]/).map((s) => s.trim());
      return { name: name || undefined, company: company || undefined };
    });
  }
  return Array.from({ length: Math.max(1, Number(form.get('count')) || 1) }, () => ({}));
}

ui.settings.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(ui.settings);
  act(`${base}/vote`, { method: 'PUT', body: { mode: form.get('mode'), budget: Number(form.get('budget')), revealTop: Number(form.get('revealTop')) } });
});

ui.workshopForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(ui.workshopForm);
  try {
    await api(`${base}/workshops`, { method: 'POST', token: token(), body: { id: form.get('id'), title: form.get('title'), host: form.get('host') || undefined } });
    ui.workshopForm.reset();
    await load();
  } catch (error) {
    say(ui.status, problem(error), 'error');
  }
});

ui.proposalForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(ui.proposalForm);
  const workshop = encodeURIComponent(String(form.get('workshop')));
  try {
    await api(`${base}/workshops/${workshop}/proposals`, { method: 'POST', token: token(), body: { id: form.get('id'), title: form.get('title'), summary: form.get('summary') || undefined } });
    for (const name of ['id', 'title', 'summary']) ui.proposalForm.elements[name].value = '';
    await load();
  } catch (error) {
    say(ui.status, problem(error), 'error');
  }
});

ui.guestForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const guests = guestsFromForm(new FormData(ui.guestForm));
  try {
    for (let i = 0; i < guests.length; i += GUESTS_PER_CALL) {
      const answer = await api(`${base}/guests`, { method: 'POST', token: token(), body: { guests: guests.slice(i, i + GUESTS_PER_CALL) } });
      sessionStorage.setItem(cardsKey, JSON.stringify([...guestCards(), ...answer.guests]));
    }
    ui.guestForm.reset();
    say(ui.guestStatus, t('setup.guests.issued', { count: guests.length }), 'ok');
    await load();
  } catch (error) {
    say(ui.guestStatus, problem(error), 'error');
  }
});

ui.open.addEventListener('click', () => act(`${base}/vote/open`, { method: 'POST' }));
ui.close.addEventListener('click', () => act(`${base}/vote/close`, { method: 'POST' }));
// The count the desk sees goes along: a double click moves the ceremony once.
const step = (action) => act(`${base}/vote/reveal/${action}`, { method: 'POST', body: { revealed: vote?.revealed.length ?? 0 } });
ui.next.addEventListener('click', () => step('next'));
ui.undo.addEventListener('click', () => step('undo'));
ui.results.addEventListener('click', showResults);
ui.exportCsv.addEventListener('click', () => downloadExport(`${base}/vote/results.csv`, 'text/csv', `${editionId}-ranking.csv`));
ui.exportJson.addEventListener('click', () => downloadExport(`${base}/vote/results`, 'application/json', `${editionId}-ranking.json`));
ui.guestPrint.addEventListener('click', () => {
  document.body.dataset.printing = 'guests';
  window.print();
});
addEventListener('afterprint', () => delete document.body.dataset.printing);
document.getElementById('admin-form')?.addEventListener('submit', () => setTimeout(load));

onLanguageChange(() => render());
load();
