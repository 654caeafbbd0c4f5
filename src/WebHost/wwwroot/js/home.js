import { api } from './api.js';
import { takeToken } from './auth.js';
import { el, replaceChildren } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { rememberedEditions, rememberEdition } from './editions.js';
import { initPage } from './page.js';

initPage();
const token = takeToken();
const list = document.getElementById('editions');
const empty = document.getElementById('editions-empty');
const form = document.getElementById('open-form');
const dashboard = document.getElementById('dashboard');

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

// With the admin token of this session, the server's list of editions joins the remembered ones.
async function loadFromServer() {
  if (!token) return;
  try {
    const editions = await api('/api/editions', { token });
    for (const e of [...editions].reverse()) rememberEdition(e.id, e.title);
    render();
    dashboard.hidden = false;
  } catch {
    // Not admin, or a server without the list: the remembered editions are all there is.
  }
}

// The Orleans Dashboard takes no header from a link: the admin's token buys this browser a short
// session cookie valid on /dashboard only, then the page opens.
dashboard.addEventListener('click', async () => {
  try {
    const session = await api('/api/dashboard-session', { method: 'POST', token });
    location.assign(session.dashboard);
  } catch {
    dashboard.hidden = true;
  }
});

onLanguageChange(render);
render();
loadFromServer();
