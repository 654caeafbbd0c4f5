// Set-up (admin): the admin token typed once per session, an edition, its missions (one by one or
// from a CSV sheet: preview, errors per line, then confirm), and the links to hand out, with QR
// codes and a printable sheet. A lead token is shown once, when its mission is created or imported
// (or re-issued): this tab keeps it for the session so the desk can print it, and nowhere else.
import { api, ApiError, editionPath, missionPath, send } from './api.js';
import { takeToken, rememberToken, pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { rememberEdition } from './editions.js';
import { initPage } from './page.js';
import { qrImage, tokenLink } from './qr.js';

// A language switch says the sheet's errors again in the new language.
const page = initPage({ rerender: () => showLineErrors(lineErrors) });
let lineErrors = [];
const [editionId] = pathIds();
let token = takeToken();
let edition = null;
const leadLinksKey = `orchestrator.leadLinks:${editionId}`;
const teamLinks = new Map();
const leadNames = new Map();
let viewerToken = null;
let importText = null;

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
  printEdition: $('print-edition'),
  viewerHeading: $('viewer-heading'),
  importSection: $('import-section'),
  importForm: $('import-form'),
  importConfirm: $('import-confirm'),
  importStatus: $('import-status'),
  importErrors: $('import-errors'),
  importPreview: $('import-preview'),
  importCaption: $('import-caption'),
  importRows: $('import-rows'),
  printButton: $('print-button'),
};

const problem = (error) => t('error.generic', { message: error instanceof ApiError ? error.describe() : t('error.network') });
const link = tokenLink;
const linkItem = (label, href, attributes = {}) =>
  el('li', attributes, el('strong', {}, label), qrImage(href, label, token), el('a', { class: 'link-value', href }, href));

function rememberLeadToken(missionId, leadToken) {
  sessionStorage.setItem(leadLinksKey, JSON.stringify({ ...leadLinks(), [missionId]: leadToken }));
}

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
  ui.importSection.hidden = !editionId;
  ui.linksSection.hidden = !editionId;
  if (!editionId || !edition) return;
  ui.title.textContent = `· ${edition.title}`;
  // The top bar is not printed: the sheet says which edition it is itself.
  ui.printEdition.textContent = t('setup.print.edition', { title: edition.title, territory: edition.territory });
  const leads = leadLinks();
  replaceChildren(ui.missions, edition.missions.map((m) => {
    const e = encodeURIComponent(editionId);
    const id = encodeURIComponent(m.id);
    const teamButton = el('button', { type: 'button', class: 'secondary no-print', 'data-team': m.id }, t('setup.teamLink'));
    teamButton.addEventListener('click', () => issueTeamLink(m.id));
    const reissue = el('button', { type: 'button', class: 'secondary no-print', 'data-reissue': m.id }, t('setup.leadLink.reissue'));
    reissue.addEventListener('click', () => reissueLeadLink(m.id));
    const leadHref = leads[m.id] ? link(`/lead/${e}/${id}`, leads[m.id]) : null;
    const teamHref = teamLinks.has(m.id) ? link(`/team/${e}/${id}`, teamLinks.get(m.id)) : null;
    return el('li', { 'data-mission': m.id, class: 'link-card' },
      el('h3', {}, m.title), el('p', {}, m.associationName),
      leadNames.has(m.id) ? el('p', { class: 'lead-name' }, t('setup.lead', { name: leadNames.get(m.id) })) : null,
      leadHref
        ? el('div', { class: 'link-block' }, el('strong', {}, t('setup.leadLink')), qrImage(leadHref, `${t('setup.leadLink')} · ${m.title}`, token),
          el('a', { class: 'link-value lead-link', href: leadHref }, leadHref))
        : el('p', { class: 'empty no-print' }, t('setup.leadLink.missing'), ' ', reissue),
      teamHref
        ? el('div', { class: 'link-block' }, el('strong', {}, t('setup.teamLink')), qrImage(teamHref, `${t('setup.teamLink')} · ${m.title}`, token),
          el('a', { class: 'link-value', href: teamHref }, teamHref))
        : teamButton);
  }));
  ui.missionsEmpty.hidden = edition.missions.length > 0;
  replaceChildren(ui.viewerLinks, viewerToken ? [
    linkItem(t('home.control'), link(`/control/${encodeURIComponent(editionId)}`, viewerToken)),
    linkItem(t('home.display'), link(`/display/${encodeURIComponent(editionId)}`, viewerToken)),
  ] : []);
  // No viewer link yet: the sheet ends with the missions, not with an empty heading.
  ui.viewerHeading.classList.toggle('no-print', !viewerToken);
}

async function load() {
  if (!editionId || !token) return;
  try {
    edition = await api(editionPath(editionId), { token });
    rememberEdition(edition.id, edition.title);
    render();
    await loadLeadNames();
  } catch (error) {
    page.fail(problem(error));
  }
}

/** The sheet prints each mission's lead name: the edition snapshot does not carry it, the mission does. */
async function loadLeadNames() {
  const unknown = edition.missions.filter((m) => !leadNames.has(m.id));
  if (unknown.length === 0) return;
  const details = await Promise.allSettled(unknown.map((m) => api(missionPath(editionId, m.id), { token })));
  for (const detail of details) {
    if (detail.status === 'fulfilled') leadNames.set(detail.value.id, detail.value.lead.name);
  }
  render();
}

async function reissueLeadLink(missionId) {
  try {
    const answer = await api(`${missionPath(editionId, missionId)}/lead-token`, { method: 'POST', token });
    rememberLeadToken(missionId, answer.token);
    render();
  } catch (error) {
    say(ui.missionStatus, problem(error), 'error');
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
    rememberLeadToken(created.id, created.leadToken);
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

// --- CSV import: preview (dry run), errors per line, then the confirmed import -------------------

async function sendSheet(text, dryRun) {
  const response = await send(`${editionPath(editionId)}/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv; charset=utf-8', Accept: 'application/json' },
    body: text,
    cache: 'no-store',
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The server's English message stays the fallback for a code this page does not know. */
function lineErrorText(e) {
  const key = `import.error.${e.code}`;
  const text = t(key, { ...e.parameters });
  return text === key ? e.message : text;
}

function showLineErrors(errors) {
  lineErrors = errors;
  replaceChildren(ui.importErrors, errors.map((e) =>
    el('li', { 'data-line': e.line, 'data-code': e.code }, t('setup.import.lineError', { line: e.line, column: e.column ?? '—', message: lineErrorText(e) }))));
}

function showPreview(preview) {
  ui.importPreview.hidden = preview.missions.length === 0;
  ui.importCaption.textContent = t('setup.import.caption', preview.counts);
  replaceChildren(ui.importRows, preview.missions.map((m) => el('tr', { 'data-mission': m.id },
    el('td', {}, String(m.line)),
    el('td', {}, el('strong', {}, m.title), el('br'), el('span', { class: 'link-value' }, m.id)),
    el('td', {}, m.associationName),
    el('td', {}, m.leadName),
    el('td', {}, m.volunteers.map((v) => v.name).join(', ')))));
  showLineErrors(preview.errors);
}

async function readSheet() {
  const file = ui.importForm.elements.file.files?.[0];
  if (file) return file.text();
  return String(ui.importForm.elements.csv.value);
}

ui.importForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  importText = null;
  ui.importConfirm.disabled = true;
  const text = await readSheet();
  if (!text.trim()) {
    say(ui.importStatus, t('setup.import.empty'), 'error');
    return;
  }
  try {
    const preview = await sendSheet(text, true);
    showPreview(preview);
    if (preview.errors.length > 0) {
      say(ui.importStatus, t('setup.import.errors', { count: new Set(preview.errors.map((e) => e.line)).size }), 'error');
    } else {
      importText = text;
      ui.importConfirm.disabled = false;
      say(ui.importStatus, t('setup.import.ready'), 'ok');
    }
  } catch (error) {
    ui.importPreview.hidden = true;
    replaceChildren(ui.importErrors);
    say(ui.importStatus, problem(error), 'error');
  }
});

ui.importConfirm.addEventListener('click', async () => {
  if (importText === null) return;
  ui.importConfirm.disabled = true;
  try {
    const result = await sendSheet(importText, false);
    for (const m of result.missions) {
      rememberLeadToken(m.id, m.leadToken);
      leadNames.set(m.id, m.leadName);
    }
    importText = null;
    ui.importForm.reset();
    ui.importPreview.hidden = true;
    replaceChildren(ui.importErrors);
    say(ui.importStatus, t('setup.import.done', { missions: result.counts.missions }), 'ok');
    await load();
  } catch (error) {
    if (error instanceof ApiError && Array.isArray(error.problem?.lines)) showLineErrors(error.problem.lines);
    say(ui.importStatus, problem(error), 'error');
  }
});

ui.printButton.addEventListener('click', () => window.print());

if (token) say(ui.adminStatus, t('setup.admin.saved'), 'ok');
onLanguageChange(render);
render();
load();
