import { el, replaceChildren } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { rememberedEditions, rememberEdition } from './editions.js';
import { initPage } from './page.js';

initPage();
const list = document.getElementById('editions');
const empty = document.getElementById('editions-empty');
const form = document.getElementById('open-form');

function render() {
  const editions = rememberedEditions();
  replaceChildren(list, editions.map((e) => {
    const id = encodeURIComponent(e.id);
    return el('li', { 'data-edition': e.id },
      el('strong', {}, e.title), ' ',
      el('span', { class: 'link-value' }, e.id),
      el('a', { href: `/control/${id}` }, t('home.control')), ' · ',
      el('a', { href: `/display/${id}` }, t('home.display')), ' · ',
      el('a', { href: `/setup/${id}` }, t('home.setupLink')));
  }));
  empty.hidden = editions.length > 0;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const id = String(new FormData(form).get('editionId')).trim();
  if (!id) return;
  rememberEdition(id);
  location.assign(`/setup/${encodeURIComponent(id)}`);
});

onLanguageChange(render);
render();
