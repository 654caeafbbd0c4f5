// The team lead's page, phone first: one tap per milestone move, kept on the phone while offline.
import { api, ApiError, NetworkError, missionPath } from './api.js';
import { pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, formatTime } from './i18n.js';
import { watchMission } from './mission-live.js';
import { Outbox } from './outbox.js';
import { keepForOffline } from './offline.js';
import { initPage } from './page.js';
import { missionHeader } from './mission-header.js';
import { followMissionDay } from './run-of-show.js';
import { pinnedAnnouncements } from './pinned.js';

const STATUSES = ['todo', 'in-progress', 'done', 'blocked'];

const page = initPage({ rerender: () => render() });
const header = missionHeader();
const pins = pinnedAnnouncements(document.getElementById('pinned'), document.getElementById('pinned-list'));
const [editionId, missionId] = pathIds();
const token = page.requireToken();
const base = missionPath(editionId, missionId);

let mission = null;
let blockedDraft = null; // { milestoneId, note } while the "what is blocking" form is open
let milestonesShown = ''; // what the milestone list was last drawn from (see render)
const announcements = [];

const ui = {
  outbox: document.getElementById('outbox'),
  outboxCount: document.getElementById('outbox-count'),
  status: document.getElementById('action-status'),
  milestones: document.getElementById('milestones'),
  helpForm: document.getElementById('help-form'),
  helpRequests: document.getElementById('help-requests'),
  members: document.getElementById('members'),
  memberForm: document.getElementById('member-form'),
  deliverables: document.getElementById('deliverables'),
  deliverableForm: document.getElementById('deliverable-form'),
  deliverableStatus: document.getElementById('deliverable-status'),
  announcements: document.getElementById('announcements'),
  announcementsEmpty: document.getElementById('announcements-empty'),
};

const outbox = new Outbox(`orchestrator.outbox:${editionId}/${missionId}`, token, {
  onChange: () => render(),
  onApplied(item, result) {
    if (result?.milestones) acceptMission(result);
    else refresh();
    say(ui.status, t('lead.sent'), 'ok');
  },
  onRejected(item, error) {
    const text = error instanceof ApiError ? error.describe() : error.message;
    say(ui.status, t('lead.rejected', { message: `${item.label} — ${text}` }), 'error');
  },
});

// The last mission seen, for this tab: a page reloaded without network shows it with its pending actions.
const lastSeenKey = `orchestrator.lead.mission:${editionId}/${missionId}`;

function lastSeen() {
  try {
    return JSON.parse(sessionStorage.getItem(lastSeenKey) ?? 'null');
  } catch {
    return null;
  }
}

function acceptMission(next) {
  if (mission && next.version < mission.version) return;
  mission = next;
  sessionStorage.setItem(lastSeenKey, JSON.stringify(next));
  render();
}

async function refresh() {
  try {
    acceptMission(await api(base, { token }));
  } catch (error) {
    if (error instanceof NetworkError) return; // the live connection or the next action will try again
    page.fail(t('error.generic', { message: error instanceof ApiError ? error.describe() : error.message }));
  }
}

/** The status to show: the last one waiting to be sent, else the server's. */
function pendingStatus(milestoneId) {
  const waiting = outbox.items.filter((i) => i.kind === 'milestone' && i.milestoneId === milestoneId);
  return waiting.at(-1)?.body.status;
}

function move(milestone, status, note) {
  const label = t('lead.move', { milestone: milestone.label, status: t(`status.${status}`) });
  outbox.enqueue({
    kind: 'milestone',
    milestoneId: milestone.id,
    method: 'PUT',
    path: `${base}/milestones/${encodeURIComponent(milestone.id)}`,
    body: note ? { status, note } : { status },
    label,
  });
}

/** Only absolute http(s) links become anchors: anything else is shown as text (the server refuses it anyway). */
function safeHref(link) {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function deliverableItem(d, pending = false) {
  const href = safeHref(d.link);
  return el('li', { 'data-deliverable': d.id ?? '', 'data-pending': pending },
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, d.title) : el('strong', {}, d.title),
    d.link && !href ? el('span', { class: 'who' }, d.link) : null,
    pending ? el('span', { class: 'pending-badge' }, t('lead.pending')) : null);
}

/** The check-in to show: the last one waiting to be sent, else the server's. */
function pendingCheckIn(memberId) {
  return outbox.items.filter((i) => i.kind === 'check-in' && i.memberId === memberId).at(-1)?.body.checkedIn;
}

function memberItem(m) {
  const pending = pendingCheckIn(m.id);
  const shown = pending ?? m.checkedIn;
  const name = m.name ?? '—';
  const toggle = el('button', {
    type: 'button', class: 'check-in', 'data-member': m.id, 'aria-pressed': String(Boolean(shown)),
    'aria-label': t('lead.checkIn.label', { name }), 'data-pending': pending !== undefined,
  }, t('lead.checkIn'));
  toggle.addEventListener('click', () => {
    outbox.enqueue({
      kind: 'check-in',
      memberId: m.id,
      method: 'PUT',
      path: `${base}/members/${encodeURIComponent(m.id)}/check-in`,
      body: { checkedIn: !shown },
      label: `${t('lead.checkIn')} · ${name}`,
    });
    document.querySelector(`.check-in[data-member="${CSS.escape(m.id)}"]`)?.focus();
  });
  return el('li', { 'data-member': m.id },
    el('span', { class: 'member' }, name, ' · ', m.company, m.remote ? ` · ${t('team.remote')}` : ''), toggle);
}

function milestoneItem(milestone) {
  const pending = pendingStatus(milestone.id);
  const shown = pending ?? milestone.status;
  const group = el('div', { class: 'moves', role: 'group', 'aria-label': milestone.label },
    STATUSES.map((status) => {
      const button = el('button', {
        type: 'button', 'data-status': status, 'data-move': `${milestone.id}:${status}`, 'aria-pressed': String(shown === status),
      }, t(`status.${status}`));
      button.addEventListener('click', () => {
        if (status === 'blocked') {
          blockedDraft = { milestoneId: milestone.id, note: '' };
          render();
          document.getElementById(`blocked-note-${milestone.id}`)?.focus();
        } else {
          blockedDraft = null;
          move(milestone, status);
        }
      });
      return button;
    }));

  return el('li', { class: 'milestone', 'data-milestone': milestone.id, 'data-pending': pending !== undefined },
    el('div', { class: 'milestone-head' },
      el('h3', {}, milestone.label),
      el('span', { class: 'status', 'data-status': milestone.status }, t(`status.${milestone.status}`))),
    milestone.note ? el('p', { class: 'note' }, t('lead.note', { note: milestone.note })) : null,
    pending !== undefined ? el('p', { class: 'pending-badge' }, `${t('lead.pending')} : ${t(`status.${pending}`)}`) : null,
    group,
    blockedDraft?.milestoneId === milestone.id ? blockedForm(milestone) : null);
}

function blockedForm(milestone) {
  const id = `blocked-note-${milestone.id}`;
  const note = el('textarea', { id, maxlength: 1000, required: true });
  note.value = blockedDraft.note;
  note.addEventListener('input', () => {
    blockedDraft.note = note.value;
  });
  const cancel = el('button', { type: 'button', class: 'secondary' }, t('lead.cancel'));
  cancel.addEventListener('click', () => {
    blockedDraft = null;
    render();
  });
  const form = el('form', { class: 'blocked-form' },
    el('label', { for: id }, t('lead.blocked.note')), note,
    el('div', { class: 'form-row' }, el('button', { type: 'submit' }, t('lead.blocked.send')), cancel));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = note.value.trim();
    if (!text) return;
    blockedDraft = null;
    move(milestone, 'blocked', text);
  });
  return form;
}

function render() {
  const waiting = outbox.items;
  ui.outbox.hidden = waiting.length === 0;
  ui.outboxCount.textContent = t('lead.pending.count', { count: waiting.length });
  pins.render();
  if (!mission) return;

  const focused = document.activeElement?.dataset?.move;
  header.render(mission);

  // Replaced only when what they show changed: a live event about something else (a help request, a
  // check-in) must never swap a button under the lead's finger, which would lose the tap.
  const milestonesNow = JSON.stringify([document.documentElement.lang, mission.milestones,
    waiting.filter((i) => i.kind === 'milestone'), blockedDraft?.milestoneId ?? null]);
  if (milestonesNow !== milestonesShown
    && (!blockedDraft || !document.getElementById(`blocked-note-${blockedDraft.milestoneId}`)?.contains(document.activeElement))) {
    replaceChildren(ui.milestones, mission.milestones.map(milestoneItem));
    milestonesShown = milestonesNow;
  }
  if (focused) ui.milestones.querySelector(`[data-move="${CSS.escape(focused)}"]`)?.focus();

  replaceChildren(ui.helpRequests, mission.helpRequests.map((h) =>
    el('li', { 'data-help': h.id, 'data-status': h.status }, el('time', { datetime: h.createdAt }, formatTime(h.createdAt)),
      el('strong', {}, h.skill), ' — ', el('span', { class: 'help-message' }, h.message),
      el('span', { class: 'help-status', 'data-status': h.status }, t(`help.${h.status}`)))));
  const focusedMember = document.activeElement?.classList?.contains('check-in') ? document.activeElement.dataset.member : null;
  replaceChildren(ui.members, mission.members.length === 0
    ? el('li', { class: 'empty' }, t('lead.members.empty'))
    : mission.members.map(memberItem));
  if (focusedMember) ui.members.querySelector(`.check-in[data-member="${CSS.escape(focusedMember)}"]`)?.focus();
  const waitingDeliverables = waiting.filter((i) => i.kind === 'deliverable').map((i) => deliverableItem(i.body, true));
  const deliverables = [...mission.deliverables.map((d) => deliverableItem(d)), ...waitingDeliverables];
  replaceChildren(ui.deliverables, deliverables.length === 0 ? el('li', { class: 'empty' }, t('lead.deliverables.empty')) : deliverables);
  replaceChildren(ui.announcements, announcements.map((a) =>
    el('li', {}, el('time', { datetime: a.sentAt }, formatTime(a.sentAt)), a.message)));
  ui.announcementsEmpty.hidden = announcements.length > 0;
}

ui.helpForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(ui.helpForm);
  const skill = String(data.get('skill')).trim();
  const message = String(data.get('message')).trim();
  if (!skill || !message) return;
  outbox.enqueue({ kind: 'help', method: 'POST', path: `${base}/help-requests`, body: { skill, message }, label: t('lead.help') });
  ui.helpForm.reset();
});

ui.memberForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(ui.memberForm);
  const name = String(data.get('name')).trim();
  const company = String(data.get('company')).trim();
  if (!name || !company) return;
  outbox.enqueue({
    kind: 'member', method: 'POST', path: `${base}/members`, body: { name, company, remote: data.get('remote') === 'on' }, label: name,
  });
  ui.memberForm.reset();
});

ui.deliverableForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(ui.deliverableForm);
  const title = String(data.get('title')).trim();
  const link = String(data.get('link') ?? '').trim();
  if (!title) return;
  if (link && !safeHref(link)) {
    say(ui.deliverableStatus, t('lead.deliverable.badLink'), 'error');
    return;
  }
  say(ui.deliverableStatus, '');
  outbox.enqueue({
    kind: 'deliverable', method: 'POST', path: `${base}/deliverables`, body: link ? { title, link } : { title }, label: title,
  });
  ui.deliverableForm.reset();
});

if (token) {
  mission = lastSeen();
  render();
  refresh().then(() => outbox.flush());
  const day = followMissionDay(document.getElementById('run-of-show'), editionId, missionId, token);
  addEventListener('load', () => keepForOffline());
  // The mission's own connection: it hears the announcements to every team and those to this team only.
  watchMission(editionId, missionId, token, {
    onState: page.liveState,
    onDetail(detail) {
      day.joined();
      pins.load(detail);
      acceptMission(detail);
    },
    onMissionChanged(summary) {
      if (!mission || summary.version > mission.version) refresh();
    },
    onAnnouncement(event) {
      announcements.unshift(event);
      pins.announced(event);
      render();
    },
    onAnnouncementUnpinned: (event) => pins.unpinned(event),
    onScheduleChanged: (schedule) => day.accept(schedule),
  });
}
