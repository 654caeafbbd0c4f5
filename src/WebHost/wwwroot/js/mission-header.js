// The head of a mission's page (lead and team): title, association, health and progress. The page's
// <section id="mission-head"> is filled here, so both pages show the same header the same way.
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';

export function missionHeader(section = document.getElementById('mission-head')) {
  const title = el('h2', { id: 'mission-title' });
  const association = el('p', { id: 'mission-association' });
  const health = el('span', { id: 'mission-health', class: 'health' });
  const progressText = el('span', { id: 'mission-progress-text' });
  const progress = el('div', {
    id: 'mission-progress', class: 'progress', role: 'progressbar',
    'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-labelledby': 'mission-progress-text',
  }, el('span'));
  replaceChildren(section, title, association, el('p', {}, health, ' ', progressText), progress);

  return {
    /** Shows the mission's detail as the API and JoinMission return it. */
    render(mission) {
      title.textContent = mission.title;
      document.title = `${mission.title} — Orchestrator`;
      association.textContent = mission.association.name;
      health.dataset.health = mission.health;
      health.textContent = t(`health.${mission.health}`);
      progressText.textContent = t('control.progress', { progress: mission.progress });
      progress.setAttribute('aria-valuenow', mission.progress);
      progress.firstElementChild.style.width = `${Number(mission.progress) || 0}%`;
    },
  };
}
