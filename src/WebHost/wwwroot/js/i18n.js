// French first, English on a switch; the choice is kept in localStorage. Static text carries
// data-i18n="key" (textContent) or data-i18n-attr="attribute:key;..."; pages re-render their
// dynamic parts through onLanguageChange.

import fr from './i18n/fr.js';
import en from './i18n/en.js';

const STORAGE_KEY = 'orchestrator.lang';

const dictionary = { fr, en };

const listeners = [];
let language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';

export function lang() {
  return language;
}

export function t(key, vars = {}) {
  const text = dictionary[language][key] ?? dictionary.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

export function applyTranslations(root = document) {
  document.documentElement.lang = language;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      node.setAttribute(attribute.trim(), t(key.trim()));
    }
  }
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function setLanguage(next) {
  language = next === 'en' ? 'en' : 'fr';
  localStorage.setItem(STORAGE_KEY, language);
  applyTranslations();
  for (const listener of listeners) listener(language);
}

/** Wires the page's language button (#lang) and translates the static text. */
export function initLanguage() {
  applyTranslations();
  const button = document.getElementById('lang');
  button?.addEventListener('click', () => setLanguage(language === 'fr' ? 'en' : 'fr'));
}

export function formatNumber(value) {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR').format(value);
}

export function formatTime(iso) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
