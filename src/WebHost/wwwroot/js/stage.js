// The stage: one thing alone on a big screen, readable from the back of the room, then back to what
// was there. The closing display's reveal puts the revealed mission on it; the vote's ceremony puts
// each revealed proposal on it the same way.
//
//   const stage = createStage(document.getElementById('stage'));
//   await stage.show({ kicker: 'Mission révélée', title, subtitle, details: [{ label, value }], tone: 'win' }, { holdMs: 12000 });
//
// show() replaces whatever is on stage and resolves once it leaves (after holdMs, or on hide() / the
// next show()); without holdMs it stays until hide(). `details` are label/value pairs or plain strings,
// `value` a string or a list of strings; every text goes through textContent (dom.js). While the stage is
// up, the element carries data-shown="true" and the page behind it gets aria-hidden (set `behind`).
import { el, replaceChildren } from './dom.js';

export function createStage(root, { behind = [] } = {}) {
  let timer = null;
  let leave = null;

  function clear() {
    clearTimeout(timer);
    timer = null;
    const done = leave;
    leave = null;
    done?.();
  }

  function hide() {
    clear();
    root.hidden = true;
    root.dataset.shown = 'false';
    for (const node of behind) node.removeAttribute('aria-hidden');
  }

  function detail(item) {
    if (typeof item === 'string') return el('li', {}, item);
    const values = Array.isArray(item.value) ? item.value : [item.value];
    return el('li', {},
      el('span', { class: 'stage-label' }, item.label),
      el('span', { class: 'stage-value' }, values.filter((v) => v !== undefined && v !== null && v !== '').join(' · ')));
  }

  function show({ kicker = '', title, subtitle = '', details = [], tone = '' }, { holdMs } = {}) {
    clear();
    replaceChildren(root,
      el('div', { class: 'stage-card', 'data-tone': tone || undefined },
        kicker ? el('p', { class: 'stage-kicker' }, kicker) : null,
        el('h2', { class: 'stage-title' }, title),
        subtitle ? el('p', { class: 'stage-subtitle' }, subtitle) : null,
        details.length ? el('ul', { class: 'stage-details' }, details.map(detail)) : null));
    root.hidden = false;
    root.dataset.shown = 'true';
    for (const node of behind) node.setAttribute('aria-hidden', 'true');
    return new Promise((resolve) => {
      leave = resolve;
      if (holdMs > 0) timer = setTimeout(hide, holdMs);
    });
  }

  hide();
  return { show, hide, get shown() { return !root.hidden; } };
}
