import { t, initLanguage, onLanguageChange } from './i18n.js';
import { say } from './dom.js';
import { takeToken } from './auth.js';

/**
 * What every page does first: translate, wire the language switch, show the live state.
 * @param rerender called after a language switch (with the live state already redrawn) to redraw the
 *   page's own dynamic parts
 */
export function initPage({ rerender } = {}) {
  initLanguage();
  const live = document.getElementById('live-state');
  let current = live?.dataset.state ?? 'connecting';
  const show = (state) => {
    current = state;
    if (!live) return;
    live.dataset.state = state;
    live.textContent = t(`live.${state}`);
  };
  const fail = (text) => say(document.getElementById('page-error'), text, 'error');
  show(current);
  if (rerender) {
    onLanguageChange(() => {
      show(current);
      rerender();
    });
  }
  return {
    liveState: show,
    fail,
    /** Shows what went wrong on the page: the error's own text inside the generic message. */
    failWith: (error) => fail(t('error.generic', { message: error?.message ?? String(error) })),
    /** The token of the page's link; without one the page says so and gets null. */
    requireToken() {
      const token = takeToken();
      if (!token) fail(t('error.noToken'));
      return token;
    },
  };
}
