// A guest's phone at the closing evening: the proposals by workshop, the budget left as they
// allocate it, their ballot saved (and changeable) while the vote is open. Like the lead page, a
// ballot is kept on the phone until the server has it, under one Idempotency-Key for every retry,
// so a ballot sent twice counts once. The page never shows a result: the big screen does.
import { api, ApiError, NetworkError, editionPath } from './api.js';
import { pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, formatTime } from './i18n.js';
import { Outbox } from './outbox.js';
import { initPage } from './page.js';

// While the vote is not open yet the page looks again now and then, spread so that a room of
// phones never asks at the same instant.
const WAIT_FOR_OPEN_MS = 10_000;

const page = initPage({ rerender: () => render() });
const [editionId] = pathIds();
const token = page.requireToken();
const base = editionPath(editionId);
const draftKey = `orchestrator.ballot:${editionId}`;

let vote = null;
let saved = null; // the ballot the server has
let draft = loadDraft(); // proposalId → points, as the guest is choosing

const $ = (id) => document.getElementById(id);
const ui = {
  state: $('vote-state'),
  rule: $('vote-rule'),
  left: $('vote-left'),
  outbox: $('outbox'),
  outboxCount: $('outbox-count'),
  form: $('ballot'),
  workshops: $('workshops'),
  send: $('ballot-send'),
  status: $('ballot-status'),
};

const outbox = new Outbox(`orchestrator.outbox:vote:${editionId}`, token, {
  onChange: () => renderOutbox(),
  onApplied(item, ballot) {
    saved = ballot;
    say(ui.status, t('vote.saved', { time: formatTime(ballot.castAt) }), 'ok');
    render();
  },
  onRejected(item, error) {
    if (error instanceof ApiError && error.status === 409) {
      load();
      say(ui.status, t('vote.refused.closed'), 'error');
      return;
    }
    say(ui.status, t('vote.refused', { message: error instanceof ApiError ? error.describe() : error.message }), 'error');
  },
});

function loadDraft() {
  try {
    return new Map(Object.entries(JSON.parse(localStorage.getItem(draftKey) ?? '{}')));
  } catch {
    return new Map();
  }
}

function saveDraft() {
  localStorage.setItem(draftKey, JSON.stringify(Object.fromEntries(draft)));
}

const isPick = () => vote?.mode === 'pick';
const used = () => [...draft.values()].reduce((sum, p) => sum + p, 0);
const left = () => (vote ? vote.budget - used() : 0);
const isOpen = () => vote?.status === 'open';

function setPoints(proposalId, points) {
  const value = Math.max(0, Math.min(points, (draft.get(proposalId) ?? 0) + left()));
  if (value === 0) draft.delete(proposalId);
  else draft.set(proposalId, value);
  saveDraft();
  render();
}

function proposalControl(p) {
  const points = draft.get(p.id) ?? 0;
  const titleId = `proposal-${p.id}`;
  if (isPick()) {
    const box = el('input', {
      type: 'checkbox', id: `pick-${p.id}`, 'data-proposal': p.id, checked: points > 0,
      disabled: !isOpen() || (points === 0 && left() <= 0),
    });
    box.addEventListener('change', () => setPoints(p.id, box.checked ? 1 : 0));
    return el('div', { class: 'pick' }, box, el('label', { for: `pick-${p.id}` }, t('vote.pick', { title: p.title })));
  }
  const minus = el('button', { type: 'button', class: 'secondary step', 'aria-label': t('vote.less', { title: p.title }), disabled: !isOpen() || points === 0 }, '−');
  const plus = el('button', { type: 'button', class: 'secondary step', 'aria-label': t('vote.more', { title: p.title }), disabled: !isOpen() || left() <= 0 }, '+');
  minus.addEventListener('click', () => setPoints(p.id, points - 1));
  plus.addEventListener('click', () => setPoints(p.id, points + 1));
  return el('div', { class: 'points', role: 'group', 'aria-labelledby': titleId },
    minus, el('output', { 'data-proposal': p.id, 'aria-live': 'polite' }, t('vote.points', { points })), plus);
}

function render() {
  if (!vote) return;
  ui.state.dataset.state = vote.status;
  ui.state.textContent = t(`vote.status.${vote.status}`);
  ui.rule.textContent = isPick() ? t('vote.rule.pick', { budget: vote.budget }) : t('vote.rule.points', { budget: vote.budget });
  ui.left.textContent = isOpen() ? t(isPick() ? 'vote.left.pick' : 'vote.left.points', { left: left(), budget: vote.budget }) : '';
  ui.form.hidden = vote.status === 'draft';
  ui.send.disabled = !isOpen();
  replaceChildren(ui.workshops, vote.workshops.map((w) =>
    el('fieldset', { class: 'workshop', 'data-workshop': w.id },
      el('legend', {}, w.title),
      w.proposals.map((p) => el('article', { class: 'proposal', 'data-proposal': p.id, 'data-chosen': (draft.get(p.id) ?? 0) > 0 },
        el('h3', { id: `proposal-${p.id}` }, p.title),
        p.summary ? el('p', { class: 'summary' }, p.summary) : null,
        proposalControl(p))))));
  renderOutbox();
}

function renderOutbox() {
  const waiting = outbox.items.length;
  ui.outbox.hidden = waiting === 0;
  ui.outboxCount.textContent = waiting ? t('vote.pending.count', { count: waiting }) : '';
}

/** Keeps only what the vote still holds: a proposal of the ballot that no longer exists is dropped. */
function adopt(next) {
  vote = next;
  const known = new Set(vote.workshops.flatMap((w) => w.proposals.map((p) => p.id)));
  for (const id of [...draft.keys()]) if (!known.has(id)) draft.delete(id);
  render();
  if (vote.status === 'draft') setTimeout(load, WAIT_FOR_OPEN_MS * (0.5 + Math.random()));
}

async function load() {
  try {
    adopt(await api(`${base}/vote`, { token }));
  } catch (error) {
    if (error instanceof NetworkError) {
      setTimeout(load, WAIT_FOR_OPEN_MS);
      return;
    }
    page.failWith(error instanceof ApiError ? { message: error.describe() } : error);
  }
}

async function loadBallot() {
  try {
    saved = await api(`${base}/ballots/mine`, { token });
    if (draft.size === 0 && outbox.items.length === 0) {
      draft = new Map(saved.allocations.map((a) => [a.proposalId, a.points]));
    }
    say(ui.status, t('vote.saved', { time: formatTime(saved.castAt) }), 'ok');
    render();
  } catch {
    // No ballot yet (404) or offline: the draft on the phone is what the guest sees.
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!isOpen()) return;
  const allocations = [...draft.entries()].map(([proposalId, points]) => ({ proposalId, points }));
  outbox.enqueue({ kind: 'ballot', method: 'PUT', path: `${base}/ballots/mine`, body: { allocations }, label: t('vote.send') });
  say(ui.status, navigator.onLine === false ? t('vote.offline') : t('vote.sending'), 'info');
});

if (token) load().then(loadBallot);
