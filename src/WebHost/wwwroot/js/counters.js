import { el, replaceChildren } from './dom.js';
import { t, formatNumber } from './i18n.js';

export const CONTROL_COUNTERS = [
  ['missions', 'counters.missions'],
  ['associations', 'counters.associations'],
  ['volunteers', 'counters.volunteers'],
  ['companies', 'counters.companies'],
  ['missionsCompleted', 'counters.completed'],
];

/** Fills a <dl> with one dt/dd pair per counter, each wrapped in a div (allowed in a dl). */
export function renderCounters(list, counters, which = CONTROL_COUNTERS, extra = []) {
  replaceChildren(
    list,
    which.map(([name, key]) =>
      el('div', { class: 'counter', 'data-counter': name }, el('dt', {}, t(key)), el('dd', {}, formatNumber(counters?.[name] ?? 0)))),
    extra,
  );
}
