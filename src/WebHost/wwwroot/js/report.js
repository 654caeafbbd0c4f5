// The impact report of an edition (/report/{editionId}, admin or viewer link): key figures, two charts,
// the survey per role, companies and missions; across editions (admin only) the territory's editions
// side by side and each association's history. Prints on A4 (report.css).
import { api, ApiError, download, editionPath } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { t, lang, onLanguageChange, formatNumber } from './i18n.js';
import { el, replaceChildren, say, $ } from './dom.js';
import { initPage } from './page.js';
import { barChart, stackedChart } from './charts.js';

const ROLES = ['volunteer', 'association', 'company'];
const page = initPage();
const token = takeToken();
const [editionId] = pathIds();
let impact = null;
let territory = null;
let histories = [];

const dash = '—';
const num = (v) => (v === null || v === undefined ? dash : formatNumber(v));
const pct = (v) => (v === null || v === undefined ? dash : `${formatNumber(v)} %`);
const money = (v, currency) => (v === null || v === undefined ? dash
  : new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: currency || 'EUR', maximumFractionDigits: 0 }).format(v));
const day = (iso) => new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));

function table(node, headers, rows) {
  replaceChildren(node,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', class: h.num ? 'num' : null }, h.label)))),
    el('tbody', {}, rows.length
      ? rows.map((cells) => el('tr', {}, cells.map((c, i) => el('td', { class: headers[i].num ? 'num' : null }, c))))
      : el('tr', {}, el('td', { colspan: headers.length, class: 'empty' }, t('report.none')))));
}

function figures(r) {
  const items = [
    ['counters.volunteers', num(r.volunteers)],
    ['counters.companies', num(r.companies)],
    ['counters.associations', num(r.associations)],
    ['counters.missions', num(r.missions)],
    ['counters.completed', num(r.missionsCompleted)],
    ['report.deliverables', num(r.deliverables)],
    ['report.hoursGiven', num(r.hoursGiven)],
    ['report.valueGiven', r.hourlyValueSet ? money(r.valueGiven, r.currency) : t('report.value.none.short')],
    ['report.nps', r.nps === null ? dash : (r.nps > 0 ? `+${formatNumber(r.nps)}` : formatNumber(r.nps))],
    ['report.responseRate', pct(r.responseRate)],
  ];
  replaceChildren($('#figures'), items.map(([key, value]) => el('div', { 'data-figure': key }, el('dt', {}, t(key)), el('dd', {}, value))));
  $('#value-note').textContent = r.hourlyValueSet
    ? t('report.value.basis', { hours: num(r.hoursGiven), rate: money(r.hourlyValue, r.currency), workingHours: num(r.workingHours) })
    : t('report.value.none', { workingHours: num(r.workingHours) });
}

function render() {
  if (!impact) return;
  const r = impact;
  document.title = `${t('report.title')} — ${r.title}`;
  $('#edition-title').textContent = r.title;
  const days = r.days.map((d) => d.date).sort();
  const when = days.length === 0 ? '' : days.length === 1 ? day(days[0]) : t('report.dates', { from: day(days[0]), to: day(days.at(-1)) });
  $('#edition-meta').textContent = [r.territory, t(`format.${r.format}`), when].filter(Boolean).join(' · ');
  figures(r);

  replaceChildren($('#chart-companies'), barChart(r.byCompany.slice(0, 15).map((c) => ({ label: c.company, value: c.hours })),
    { title: t('report.chart.companies'), format: (v) => `${formatNumber(v)} h` }));
  const legend = [t('report.promoters'), t('report.passives'), t('report.detractors')];
  replaceChildren($('#chart-nps'), stackedChart(ROLES.map((role) => {
    const s = r.survey.byRole[role];
    return { label: t(`role.${role}`), parts: [s.promoters, s.passives, s.detractors], nps: s.nps };
  }), { title: t('report.chart.nps'), legend, score: (row) => (row.nps === null ? dash : `NPS ${formatNumber(row.nps)}`) }));

  table($('#survey-table'),
    [{ label: t('report.role') }, { label: t('report.invited'), num: true }, { label: t('report.responded'), num: true }, { label: t('report.responseRate'), num: true },
      { label: t('report.nps'), num: true }, { label: t('report.satisfaction'), num: true }],
    [...ROLES.map((role) => [role, r.survey.byRole[role]]), ['all', r.survey]].map(([role, s]) => [
      role === 'all' ? t('report.all') : t(`role.${role}`), num(s.invited), num(s.responded), pct(s.responseRate), num(s.nps), s.satisfaction === null ? dash : `${formatNumber(s.satisfaction)} / 5`]));

  table($('#companies-table'),
    [{ label: t('report.company') }, { label: t('counters.volunteers'), num: true }, { label: t('report.hours'), num: true }, { label: t('report.value'), num: true }],
    r.byCompany.map((c) => [c.company, num(c.volunteers), num(c.hours), r.hourlyValueSet ? money(c.value, r.currency) : dash]));

  table($('#missions-table'),
    [{ label: t('report.mission') }, { label: t('report.association') }, { label: t('counters.volunteers'), num: true }, { label: t('report.hours'), num: true },
      { label: t('report.progress'), num: true }, { label: t('report.outcome') }],
    r.byMission.map((m) => [m.title, m.association, num(m.volunteers), num(m.hours), `${m.progress} %`,
      [m.completed ? t('report.completed') : t('report.notCompleted'), m.deliverableTitles.length ? ` — ${m.deliverableTitles.join(', ')}` : ''].join('')]));

  renderAcross();
  $('#report-footer').textContent = t('report.footer', { when: new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date()) });
}

function renderAcross() {
  if (!territory) return;
  $('#across').hidden = false;
  $('#territory-heading').textContent = t('report.territory', { territory: territory.territory });
  table($('#territory-table'),
    [{ label: t('report.edition') }, { label: t('report.when') }, { label: t('counters.volunteers'), num: true }, { label: t('counters.missions'), num: true },
      { label: t('counters.completed'), num: true }, { label: t('report.hoursGiven'), num: true }, { label: t('report.nps'), num: true }, { label: t('report.responseRate'), num: true }],
    territory.editions.map((e) => [e.title, e.firstDay ? day(e.firstDay) : dash, num(e.volunteers), num(e.missions), num(e.missionsCompleted), num(e.hoursGiven), num(e.nps), pct(e.responseRate)]));
  replaceChildren($('#associations'), histories.map((h) => {
    const node = el('table', { class: 'report-table', 'data-association': h.associationId });
    table(node, [{ label: t('report.edition') }, { label: t('report.mission') }, { label: t('counters.volunteers'), num: true }, { label: t('report.outcome') }],
      h.missions.map((m) => [m.editionTitle, m.title, num(m.volunteers), m.completed ? t('report.completed') : `${m.progress} %`]));
    node.prepend(el('caption', {}, h.name));
    return node;
  }));
}

function downloadExport(file) {
  return download(`${editionPath(editionId)}/${file}`, { token, name: `${editionId}-${file.replace('/', '-')}` });
}

async function loadAcross() {
  try {
    territory = await api(`${editionPath(editionId)}/impact/territory`, { token });
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return false; // a viewer: this edition only
    throw error;
  }
  const associations = [...new Set(impact.byMission.map((m) => m.associationId))];
  histories = await Promise.all(associations.map((id) => api(`/api/associations/${encodeURIComponent(id)}/history`, { token })));
  return true;
}

async function load() {
  impact = await api(`${editionPath(editionId)}/impact`, { token });
  const desk = await loadAcross();
  $('#desk').hidden = !desk;
  if (desk && impact.hourlyValueSet) {
    $('#hourly-value').value = impact.hourlyValue;
    $('#currency').value = impact.currency ?? 'EUR';
  }
  render();
  document.body.dataset.ready = 'true';
}

async function saveSettings(event) {
  event.preventDefault();
  const raw = $('#hourly-value').value;
  try {
    await api(`${editionPath(editionId)}/impact/settings`, {
      method: 'PUT', token, body: { hourlyValue: raw === '' ? null : Number(raw), currency: $('#currency').value.trim().toUpperCase() || null },
    });
    await load();
    say($('#settings-status'), t('report.saved'), 'ok');
  } catch (error) {
    say($('#settings-status'), t('error.generic', { message: error instanceof ApiError ? error.describe() : error.message }), 'error');
  }
}

if (!token) {
  page.fail(t('error.noToken'));
} else {
  $('#print').addEventListener('click', () => window.print());
  $('#settings').addEventListener('submit', saveSettings);
  for (const button of document.querySelectorAll('[data-csv]')) {
    button.addEventListener('click', () => downloadExport(button.dataset.csv).catch((e) => page.fail(t('error.generic', { message: e.message }))));
  }
  onLanguageChange(render);
  load().catch((error) => page.fail(error instanceof ApiError ? t('error.generic', { message: error.describe() }) : t('error.network')));
}
