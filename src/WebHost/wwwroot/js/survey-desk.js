// The set-up page's survey panel (admin): invite respondents (the edition's own people in one click, or
// names by hand), see each one's personal link and QR code once, open or close the survey, and watch the
// response rate and NPS per role come in live (SurveyChanged: counts only).
import { api, ApiError, editionPath, newIdempotencyKey } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { el, replaceChildren, say } from './dom.js';
import { t, onLanguageChange, formatNumber } from './i18n.js';
import { watchEdition } from './live.js';
import { qrImage } from './qr.js';

const ROLES = ['volunteer', 'association', 'company'];
const token = takeToken();
const [editionId] = pathIds();
const $ = (id) => document.getElementById(id);
let summary = null;

const dash = '—';
const problem = (error) => t('error.generic', { message: error instanceof ApiError ? error.describe() : t('error.network') });

function render() {
  if (!summary) return;
  $('survey-state').textContent = t(summary.status === 'open' ? 'desk.survey.open' : 'desk.survey.closed', { responded: summary.responded, invited: summary.invited });
  $('survey-state').dataset.status = summary.status;
  $('survey-toggle').textContent = t(summary.status === 'open' ? 'desk.survey.close' : 'desk.survey.reopen');
  replaceChildren($('survey-rows'), [...ROLES.map((role) => [role, summary.byRole[role]]), ['all', summary]].map(([role, s]) =>
    el('tr', { 'data-role': role },
      el('th', { scope: 'row' }, role === 'all' ? t('report.all') : t(`role.${role}`)),
      el('td', {}, formatNumber(s.invited)),
      el('td', {}, formatNumber(s.responded)),
      el('td', {}, s.responseRate === null ? dash : `${formatNumber(s.responseRate)} %`),
      el('td', {}, s.nps === null ? dash : formatNumber(s.nps)))));
}

function showLinks(invited) {
  const items = invited.map((r) => {
    const href = `${location.origin}${r.link}`;
    const label = `${t(`role.${r.role}`)} · ${r.name ?? r.respondentId}`;
    return el('li', { 'data-respondent': r.respondentId }, el('strong', {}, label), qrImage(href, label, token), el('a', { class: 'link-value', href }, href));
  });
  $('survey-links').prepend(...items);
  say($('survey-status'), t('desk.survey.invited', { count: invited.length }), 'ok');
}

async function invite(path, body) {
  try {
    const answer = await api(`${editionPath(editionId)}/survey/${path}`, { method: 'POST', body, token, idempotencyKey: newIdempotencyKey() });
    showLinks(answer.respondents);
  } catch (error) {
    say($('survey-status'), problem(error), 'error');
  }
}

async function start() {
  $('survey-section').hidden = false;
  $('report-link').href = `/report/${encodeURIComponent(editionId)}`;
  summary = await api(`${editionPath(editionId)}/survey/summary`, { token });
  render();
  $('survey-from-edition').addEventListener('click', () => invite('respondents/from-edition'));
  $('survey-invite').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const names = String(form.elements.names.value).split('\n').map((n) => n.trim()).filter(Boolean);
    invite('respondents', { respondents: names.map((name) => ({ role: form.elements.role.value, name })) });
  });
  $('survey-toggle').addEventListener('click', async () => {
    try {
      summary = await api(`${editionPath(editionId)}/survey/${summary.status === 'open' ? 'close' : 'open'}`, { method: 'POST', token, idempotencyKey: newIdempotencyKey() });
      render();
    } catch (error) {
      say($('survey-status'), problem(error), 'error');
    }
  });
  onLanguageChange(render);
  watchEdition(editionId, token, {
    onSurveyChanged: (e) => {
      summary = { ...summary, ...e, byRole: Object.fromEntries(ROLES.map((r) => [r, { ...summary.byRole[r], ...e.byRole[r] }])) };
      render();
    },
    // A gap or a reconnect: the counts may have moved meanwhile.
    onSnapshot: async () => {
      summary = await api(`${editionPath(editionId)}/survey/summary`, { token });
      render();
    },
  });
}

if (token && editionId) {
  start().catch(() => { $('survey-section').hidden = true; });
}
