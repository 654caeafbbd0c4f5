// The closing vote on the big screen: while the vote is open, how many guests have voted (the count
// moves live, never a point); once the desk reveals, the ceremony — each revealed proposal big, with
// its workshop and points, from rank revealTop up to the winner, last. Points reach this page only
// for proposals the desk revealed. Opened with the admin token it also drives the reveal (next, undo).
import { api, editionPath } from './api.js';
import { el, replaceChildren, say } from './dom.js';
import { t } from './i18n.js';

export function voteDisplay(editionId, token, ui) {
  const base = `${editionPath(editionId)}/vote`;
  let vote = null;
  let loading = null;
  let buffered = [];
  let isDesk = false;

  const workshopTitle = (id) => vote?.workshops.find((w) => w.id === id)?.title ?? '';

  function render() {
    const active = vote && vote.status !== 'draft';
    ui.section.hidden = !active;
    document.body.dataset.ceremony = String(Boolean(vote?.revealed.length));
    renderBar();
    if (!active) return;
    ui.participation.textContent = vote.status === 'open'
      ? t('display.vote.open', { ballots: vote.ballots, guests: vote.guests })
      : t('display.vote.closed', { ballots: vote.ballots });
    const last = vote.revealed.length - 1;
    replaceChildren(ui.ceremony, vote.revealed.map((r, i) =>
      el('li', { 'data-proposal': r.proposalId, 'data-rank': r.rank, class: i === last ? 'revealed-now' : undefined, 'data-winner': r.rank === 1 },
        el('span', { class: 'rank' }, t('display.vote.rank', { rank: r.rank })),
        el('span', { class: 'title' }, r.title),
        el('span', { class: 'workshop' }, workshopTitle(r.workshopId)),
        el('span', { class: 'points' }, t('display.vote.points', { points: r.points, voters: r.voters })))).reverse());
  }

  function renderBar() {
    ui.voteBar.hidden = !isDesk || vote?.status !== 'closed';
    if (ui.voteBar.hidden) return;
    const shown = vote.revealed.length;
    const total = Math.min(vote.revealTop, vote.workshops.reduce((n, w) => n + w.proposals.length, 0));
    ui.next.disabled = shown >= total;
    ui.undo.disabled = shown === 0;
  }

  function apply(kind, event) {
    if (!vote) return;
    if (kind === 'changed') {
      vote = { ...vote, status: event.status, ballots: event.ballots, guests: event.guests };
    } else {
      vote = { ...vote, revealed: event.revealed };
    }
    render();
  }

  /** Events that arrive while the vote is being read are applied on top of what it says. */
  function receive(kind, event) {
    if (loading) buffered.push([kind, event]);
    else apply(kind, event);
  }

  async function load() {
    loading ??= (async () => {
      try {
        vote = await api(base, { token });
      } catch {
        // The next snapshot (reconnect, gap) asks again; the last picture stays meanwhile.
      } finally {
        const pending = buffered;
        buffered = [];
        loading = null;
        for (const [kind, event] of pending) apply(kind, event);
        render();
      }
    })();
    return loading;
  }

  async function drive(action) {
    try {
      vote = await api(`${base}/reveal/${action}`, { method: 'POST', token });
      say(ui.status, '', 'info');
      render();
    } catch (error) {
      say(ui.status, t('error.generic', { message: error.message }), 'error');
    }
  }

  ui.next.addEventListener('click', () => drive('next'));
  ui.undo.addEventListener('click', () => drive('undo'));

  return {
    load,
    render,
    setDesk(desk) {
      isDesk = desk;
      renderBar();
    },
    onVoteChanged: (event) => receive('changed', event),
    onVoteRevealed: (event) => receive('revealed', event),
  };
}
