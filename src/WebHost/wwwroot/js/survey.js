// A respondent's satisfaction survey, from their personal link (/survey/{editionId}#token=…): the core
// questions, then those the organiser added for their role. Answering again replaces the answer, until
// the desk closes the survey.
import { api, ApiError, NetworkError, editionPath, newIdempotencyKey } from './api.js';
import { takeToken, pathIds } from './auth.js';
import { t, lang, onLanguageChange } from './i18n.js';
import { el, replaceChildren, say, $ } from './dom.js';
import { initPage } from './page.js';

// The server's limit (SurveyLimits.CommentMax), written once in the page: the comment's maxlength.
const COMMENT_MAX = $('#comment').maxLength;
const page = initPage();
const token = takeToken();
const [editionId] = pathIds();
const form = $('#survey-form');
const status = $('#survey-status');
let current = null;

function scale(container, name, min, max, checked, required) {
  replaceChildren(container, Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    return el('label', {}, el('input', { type: 'radio', name, value, checked: checked === value, required }), String(value));
  }));
}

function questionLabel(q) {
  return lang() === 'en' && q.labelEn ? q.labelEn : q.label;
}

function extraField(q, answer) {
  const name = `extra-${q.id}`;
  const legend = el('legend', {}, questionLabel(q), q.required ? el('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null);
  if (q.kind === 'text') {
    const id = `${name}-text`;
    return el('div', { class: 'panel', 'data-question': q.id },
      el('label', { for: id }, questionLabel(q)),
      el('textarea', { id, name, rows: 3, maxlength: COMMENT_MAX, required: q.required }, answer ?? ''));
  }
  if (q.kind === 'scale') {
    const choices = el('div', { class: 'scale-choices' });
    scale(choices, name, q.min, q.max, answer === undefined ? undefined : Number(answer), q.required);
    return el('fieldset', { class: 'panel scale', 'data-question': q.id }, legend, choices);
  }
  return el('fieldset', { class: 'panel', 'data-question': q.id }, legend,
    el('div', { class: 'choice-list' }, q.options.map((option) =>
      el('label', {}, el('input', { type: 'radio', name, value: option, checked: answer === option, required: q.required }), option))));
}

function render() {
  if (!current) return;
  $('#survey-edition').textContent = current.editionTitle;
  const answers = current.answers;
  scale($('#nps'), 'nps', 0, 10, answers?.nps, true);
  scale($('#satisfaction'), 'satisfaction', 1, 5, answers?.satisfaction, true);
  replaceChildren($('#extra'), current.questions.map((q) => extraField(q, answers?.extra?.[q.id])));
  if (!form.dataset.touched) $('#comment').value = answers?.comment ?? '';
  countComment();
  const closed = current.status === 'closed';
  $('#survey-closed').hidden = !closed;
  form.hidden = false;
  for (const input of form.querySelectorAll('input, textarea, button')) input.disabled = closed;
  $('#survey-submit').textContent = t(answers ? 'survey.update' : 'survey.submit');
}

function countComment() {
  $('#comment-count').textContent = t('survey.comment.count', { count: $('#comment').value.length, max: COMMENT_MAX });
}

function picked(name) {
  return form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)?.value;
}

function collect() {
  const extra = {};
  for (const q of current.questions) {
    const value = q.kind === 'text' ? form.querySelector(`[name="extra-${CSS.escape(q.id)}"]`).value : picked(`extra-${q.id}`);
    if (value !== undefined && value !== '') extra[q.id] = q.kind === 'scale' ? Number(value) : value;
  }
  const comment = $('#comment').value;
  return { nps: picked('nps') === undefined ? null : Number(picked('nps')), satisfaction: picked('satisfaction') === undefined ? null : Number(picked('satisfaction')), comment: comment.trim() ? comment : null, extra };
}

async function submit(event) {
  event.preventDefault();
  const answers = collect();
  const missing = [answers.nps === null && 'survey.nps', answers.satisfaction === null && 'survey.satisfaction',
    ...current.questions.filter((q) => q.required && answers.extra[q.id] === undefined).map(() => 'survey.extra')].filter(Boolean);
  if (missing.length) {
    say(status, t('survey.missing'), 'error');
    return;
  }
  $('#survey-submit').disabled = true;
  try {
    current = await api(`${editionPath(editionId)}/survey/responses/mine`, { method: 'PUT', body: { answers }, token, idempotencyKey: newIdempotencyKey() });
    delete form.dataset.touched;
    render();
    say(status, t('survey.thanks'), 'ok');
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      await load();
      say(status, t('survey.closed'), 'error');
    } else {
      say(status, error instanceof NetworkError ? t('error.network') : t('error.generic', { message: error instanceof ApiError ? error.describe() : error.message }), 'error');
    }
  } finally {
    $('#survey-submit').disabled = current?.status === 'closed';
  }
}

async function load() {
  current = await api(`${editionPath(editionId)}/survey/responses/mine`, { token });
  render();
}

if (!token) {
  page.fail(t('error.noToken'));
} else {
  form.addEventListener('submit', submit);
  $('#comment').addEventListener('input', () => { form.dataset.touched = 'true'; countComment(); });
  onLanguageChange(render);
  load().catch((error) => page.fail(error instanceof ApiError ? t('error.generic', { message: error.describe() }) : t('error.network')));
}
