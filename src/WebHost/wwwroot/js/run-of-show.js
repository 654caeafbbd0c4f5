// The day's run of show as every page shows it: the phase running now, a countdown to its end, and
// the drift (+N min late, −N min early) when the desk has ended a phase early, extended it or started
// the next one by hand. The server says when each phase starts and ends as the day runs, and its own
// time (`at`): the page counts down against the server's clock, whatever the screen's own clock says.
// The schedule comes from GET …/days/{date} (desk, wall, display), GET …/missions/{m}/schedule (lead
// and team pages) and the hub's ScheduleChanged; the countdown ticks every second between them.
import { api, editionPath, missionPath } from './api.js';
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';

/** "1:02:03" or "12:34": what is left, never negative. */
export function formatRemaining(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "+10 min", "−5 min", or "" when the day runs to plan. */
export function formatDrift(minutes) {
  if (!minutes) return '';
  return minutes > 0 ? `+${minutes} min` : `−${-minutes} min`;
}

/** The day to show: today in the edition's time zone when it is an event day, else the first day. */
export function scheduleDate(edition) {
  const days = edition?.days ?? [];
  if (days.length === 0) return null;
  let today;
  try {
    today = new Intl.DateTimeFormat('en-CA', { timeZone: edition.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    today = new Date().toISOString().slice(0, 10);
  }
  return days.some((d) => d.date === today) ? today : days[0].date;
}

export const loadDay = (editionId, date, token) => api(`${editionPath(editionId)}/days/${encodeURIComponent(date)}`, { token });

/** Today's run of show for a mission's pages; null when today is not an event day (204). */
export const loadMissionDay = (editionId, missionId, token) => api(`${missionPath(editionId, missionId)}/schedule`, { token });

/** One day's schedule on the page, with the offset between the server's clock and this screen's. */
export class RunOfShow {
  constructor() {
    this.schedule = null;
    this.offset = 0;
  }

  /** Takes a newer schedule (from a GET or the hub); one for another day is ignored once a day is shown. */
  accept(schedule) {
    if (!schedule) return false;
    if (this.schedule && schedule.date !== this.schedule.date) return false;
    this.schedule = schedule;
    if (schedule.at) this.offset = Date.parse(schedule.at) - Date.now();
    return true;
  }

  now() {
    return Date.now() + this.offset;
  }

  /** The phase running now by the server's clock (phases move on by themselves between pushes). */
  current() {
    const now = this.now();
    return this.schedule?.phases.find((p) => p.startsAt && Date.parse(p.startsAt) <= now && now < Date.parse(p.endsAt)) ?? null;
  }

  /** The current phase's drift, else the next one's, as the server judged it. */
  drift() {
    const now = this.now();
    const next = this.current() ?? this.schedule?.phases.find((p) => p.startsAt && Date.parse(p.startsAt) > now);
    return next?.driftMinutes ?? 0;
  }

  status(phase) {
    const now = this.now();
    if (!phase.startsAt) return phase.status ?? 'upcoming';
    if (now >= Date.parse(phase.endsAt)) return 'done';
    return now >= Date.parse(phase.startsAt) ? 'current' : 'upcoming';
  }
}

/**
 * Fills `node` with the current phase, its countdown and the drift (data-phase names the phase, for
 * styling and tests); "no phase running" otherwise.
 */
export function renderCountdown(node, run) {
  const phase = run.current();
  node.dataset.phase = phase?.id ?? '';
  if (!phase) {
    replaceChildren(node, el('span', { class: 'phase-label' }, run.schedule?.phases.length ? t('run.none') : t('run.noSchedule')));
    return;
  }
  const drift = formatDrift(run.drift());
  replaceChildren(node,
    el('span', { class: 'phase-label' }, phase.label),
    el('span', { class: 'remaining' }, t('run.remaining'), ' ',
      el('span', { class: 'countdown' }, formatRemaining(Date.parse(phase.endsAt) - run.now()))),
    drift ? el('span', { class: 'drift', 'data-late': run.drift() > 0 }, t('run.drift', { drift })) : null);
}

/** Redraws every second (the countdown) with `draw`; returns the interval id. */
export function tickEverySecond(draw) {
  draw();
  return setInterval(draw, 1000);
}

/**
 * A mission's page (lead, team): today's phase and its countdown in `node`, hidden when today is not an
 * event day or has no schedule. `accept` takes the hub's ScheduleChanged; `joined` is called on every
 * join of the page's connection and reads the day again from the second one on (a reconnect may have
 * missed a ScheduleChanged); `reload` reads it again now.
 */
export function followMissionDay(node, editionId, missionId, token) {
  const run = new RunOfShow();
  const draw = () => {
    node.hidden = !run.schedule || run.schedule.phases.length === 0;
    if (!node.hidden) renderCountdown(node, run);
  };
  const reload = async () => {
    try {
      run.accept(await loadMissionDay(editionId, missionId, token));
    } catch {
      // no countdown until the next reload; the page is whole without it
    }
    draw();
  };
  reload();
  tickEverySecond(draw);
  let joins = 0;
  return {
    reload,
    joined() {
      if (joins++ > 0) reload();
    },
    accept(schedule) {
      run.accept(schedule);
      draw();
    },
  };
}
