// Set-up (admin): the admin token typed once per session, an edition, its missions, and the links
// to hand out. A lead token is shown once, when its mission is created: this tab keeps it for the
// session so the desk can copy it, and nowhere else.
import { api, ApiError, editionPath, missionPath } from './api.js';
import { takeToken, rememberToken, pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { rememberEdition } from './editions.js';
import { initPage } from './page.js';

const page = initPage();
const [editionId] = pathIds();
let token = takeToken();
let edition = null;
const leadLinksKey = `orchestrator.leadLinks:${editionId}`;
const teamLinks = new Map();
let viewerToken = null;

const $ = (id) => document.getElementById(id);
const ui = {
  adminForm: $('admin-form'),
  adminStatus: $('admin-status'),
  title: $('edition-title'),
  editionSection: $('edition-section'),
  editionForm: $('edition-form'),
  editionStatus: $('edition-status'),
  missionSection: $('mission-section'),
  missionForm: $('mission-form'),
  missionStatus: $('mission-status'),
  linksSection: $('links-section'),
  missions: $('missions'),
  missionsEmpty: $('missions-empty'),
  viewerButton: $('viewer-button'),
  viewerLinks: $('viewer-links'),
};

const problem = (error) => t('error.generic', { message: error instanceof ApiError ? error.describe() : t('error.network') });
const link = (path, secret) => `${location.origin}${path}#token=${encodeURIComponent(secret)}`;
const linkItem = (label, href, attributes = {}) =>
  el('li', attributes, el('strong', {}, label), el('a', { class: 'link-value', href }, href));

function leadLinks() {
  try {
    return JSON.parse(sessionStorage.getItem(leadLinksKey) ?? '{}');
  } catch {
    return {};
  }
}

function render() {
  ui.editionSection.hidden = Boolean(editionId);
  ui.missionSection.hidden = !editionId;
  ui.linksSection.hidden = !editionId;
  if (!editionId || !edition) return;
  ui.title.textContent = `· ${edition.title}`;
  const leads = leadLinks();
  replaceChildren(ui.missions, edition.missions.map((m) => {
    const e = encodeURIComponent(editionId);
    const id = encodeURIComponent(m.id);
    const teamButton = el('button', { type: 'button', class: 'secondary', 'data-team': m.id }, t('setup.teamLink'));
    teamButton.addEventListener('click', () => issueTeamLink(m.id));
    return el('li', { 'data-mission': m.id },
      el('h3', {}, m.title), el('p', {}, m.associationName),
      leads[m.id]
        ? el('p', {}, el('strong', {}, t('setup.leadLink')), el('a', { class: 'link-value lead-link', href: link(`/lead/${e}/${id}`, leads[m.id]) }, link(`/lead/${e}/${id}`, leads[m.id])))
        : el('p', { class: 'empty' }, t('setup.leadLink.missing')),
      teamLinks.has(m.id)
        ? el('p', {}, el('strong', {}, t('setup.teamLink')), el('a', { class: 'link-value', href: link(`/team/${e}/${id}`, teamLinks.get(m.id)) }, link(`/team/${e}/${id}`, teamLinks.get(m.id))))
        : teamButton);
  }));
  ui.missionsEmpty.hidden = edition.missions.length > 0;
  replaceChildren(ui.viewerLinks, viewerToken ? [
    linkItem(t('home.control'), link(`/control/${encodeURIComponent(editionId)}`, viewerToken)),
    linkItem(t('home.display'), link(`/display/${encodeURIComponent(editionId)}`, viewerToken)),
  ] : []);
}

async function load() {
  if (!editionId || !token) return;
  try {
    edition = await api(editionPath(editionId), { token });
    rememberEdition(edition.id, edition.title);
    render();
  } catch (error) {
    page.fail(problem(error));
  }
}

async function issueTeamLink(missionId) {
  try {
    const answer = await api(`${missionPath(editionId, missionId)}/team-tokens`, { method: 'POST', token });
    teamLinks.set(missionId, answer.token);
    render();
  } catch (error) {
    say(ui.missionStatus, problem(error), 'error');
  }
}

ui.adminForm.addEventListener('submit', (event) => {
  event.preventDefault();
  token = String(new FormData(ui.adminForm).get('token')).trim();
  rememberToken(token);
  ui.adminForm.reset();
  say(ui.adminStatus, t('setup.admin.saved'), 'ok');
  load();
});

ui.editionForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(ui.editionForm));
  try {
    const created = await api('/api/editions', {
      method: 'POST',
      token,
      body: {
        id: data.id.trim(), title: data.title.trim(), territory: data.territory.trim(), format: data.format,
        timezone: data.timezone.trim(), days: [{ date: data.date, label: 'Jour 1' }],
      },
    });
    rememberEdition(created.id, created.title);
    location.assign(`/setup/${encodeURIComponent(created.id)}`);
  } catch (error) {
    say(ui.editionStatus, problem(error), 'error');
  }
});

ui.missionForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(ui.missionForm));
  try {
    const created = await api(`${editionPath(editionId)}/missions`, {
      method: 'POST',
      token,
      body: {
        id: data.id.trim(), title: data.title.trim(),
        association: { id: data.associationId.trim(), name: data.associationName.trim() }, lead: { name: data.lead.trim() },
      },
    });
    sessionStorage.setItem(leadLinksKey, JSON.stringify({ ...leadLinks(), [created.id]: created.leadToken }));
    ui.missionForm.reset();
    say(ui.missionStatus, t('setup.created'), 'ok');
    await load();
  } catch (error) {
    say(ui.missionStatus, problem(error), 'error');
  }
});

ui.viewerButton.addEventListener('click', async () => {
  try {
    viewerToken = (await api(`${editionPath(editionId)}/viewer-tokens`, { method: 'POST', token })).token;
    render();
  } catch (error) {
    say(ui.missionStatus, problem(error), 'error');
  }
});

if (token) say(ui.adminStatus, t('setup.admin.saved'), 'ok');
onLanguageChange(render);
render();
load();
