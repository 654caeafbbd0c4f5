import { t, initLanguage } from './i18n.js';
import { say } from './dom.js';

/** What every page does first: translate, wire the language switch, show the live state. */
export function initPage() {
  initLanguage();
  const live = document.getElementById('live-state');
  let current = live?.dataset.state ?? 'connecting';
  const show = (state) => {
    current = state;
    if (!live) return;
    live.dataset.state = state;
    live.textContent = t(`live.${state}`);
  };
  show(current);
  return {
    liveState: show,
    refreshLiveState: () => show(current),
    fail: (text) => say(document.getElementById('page-error'), text, 'error'),
  };
}
