// A list that pages through its items by itself when they do not all fit on the screen: never cut
// off silently. Each page holds the items that fit below the list's top (measured, so a long title
// that wraps takes its room); the pages turn every `periodMs`, and `indicator` says "2 / 4".
// Items stay in the DOM (hidden ones carry `hidden`), so a page's items can be found whatever page shows.
import { t } from './i18n.js';

export function createPager(list, { periodMs = 10_000, indicator = null, bottomMargin = 16 } = {}) {
  let page = 0;
  let starts = [0];
  let timer = null;

  const items = () => [...list.children];

  /** How many items from `from` fit inside the viewport when they are the first ones shown. */
  function fitting(all, from) {
    all.forEach((item, i) => { item.hidden = i < from; });
    const limit = window.innerHeight - bottomMargin;
    let count = 0;
    for (let i = from; i < all.length; i++) {
      if (all[i].getBoundingClientRect().bottom > limit) break;
      count++;
    }
    return Math.max(1, count);
  }

  function show() {
    const all = items();
    const start = starts[page] ?? 0;
    const end = starts[page + 1] ?? all.length;
    all.forEach((item, i) => { item.hidden = i < start || i >= end; });
    list.dataset.page = String(page + 1);
    list.dataset.pages = String(starts.length);
    if (indicator) {
      indicator.hidden = starts.length < 2;
      indicator.textContent = t('pager.page', { page: page + 1, pages: starts.length, count: all.length });
    }
  }

  /** Measures again (call it after a render and on resize) and shows the current page. */
  function layout() {
    const all = items();
    starts = [0];
    for (let from = 0; from < all.length;) {
      from += fitting(all, from);
      if (from < all.length) starts.push(from);
    }
    page = Math.min(page, starts.length - 1);
    show();
  }

  function turn() {
    if (starts.length < 2) return;
    page = (page + 1) % starts.length;
    show();
  }

  function start() {
    clearInterval(timer);
    timer = setInterval(turn, periodMs);
  }

  /** Every item shown, no pages (the list is not paged for now: e.g. the control room's laptop view). */
  function reset() {
    starts = [0];
    page = 0;
    show();
  }

  start();
  return { layout, reset, turn, stop: () => clearInterval(timer), get page() { return page; }, get pages() { return starts.length; } };
}

/** The paging period asked for in the address (?page=seconds), e.g. for a rehearsal; else the default. */
export function pagePeriod(defaultMs) {
  const seconds = Number(new URLSearchParams(location.search).get('page'));
  return Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : defaultMs;
}
