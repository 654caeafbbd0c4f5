// French first, English on a switch; the choice is kept in localStorage. Static text carries
// data-i18n="key" (textContent) or data-i18n-attr="attribute:key;..."; pages re-render their
// dynamic parts through onLanguageChange.

const STORAGE_KEY = 'orchestrator.lang';

const dictionary = {
  fr: {
    'app.name': 'Orchestrator',
    'lang.switch': 'English',
    'lang.switch.label': 'Switch to English',
    'live.connecting': 'Connexion…',
    'live.live': 'En direct',
    'live.reconnecting': 'Reconnexion…',
    'live.offline': 'Hors ligne',
    'error.noToken': 'Ce lien n’a pas de jeton d’accès. Ouvrez le lien complet reçu (avec #token=…).',
    'error.generic': 'Erreur : {message}',
    'error.network': 'Réseau indisponible.',
    'skip': 'Aller au contenu',

    'counters.title': 'Compteurs',
    'counters.missions': 'Missions',
    'counters.associations': 'Associations',
    'counters.volunteers': 'Bénévoles',
    'counters.companies': 'Entreprises',
    'counters.milestones': 'Jalons terminés',
    'counters.completed': 'Missions terminées',

    'health.on-track': 'Dans les temps',
    'health.at-risk': 'En retard',
    'health.blocked': 'Bloquée',
    'health.stale': 'Sans nouvelles',
    'status.todo': 'À faire',
    'status.in-progress': 'En cours',
    'status.done': 'Terminé',
    'status.blocked': 'Bloqué',

    'control.title': 'Salle de contrôle',
    'control.desk': 'Poste de coordination',
    'control.missions': 'Missions',
    'control.sort': 'Trier',
    'control.sort.health': 'Santé (urgences d’abord)',
    'control.sort.progress-asc': 'Avancement croissant',
    'control.sort.progress-desc': 'Avancement décroissant',
    'control.sort.stale': 'Dernière mise à jour (la plus ancienne d’abord)',
    'control.sort.title': 'Titre',
    'control.filter': 'Filtrer',
    'control.filter.all': 'Toutes les missions',
    'control.filter.help': 'Avec demande d’aide',
    'control.empty': 'Aucune mission ne correspond.',
    'control.updated': 'mis à jour il y a {minutes} min',
    'control.help.count': '{count} demande(s) d’aide ouverte(s)',
    'control.help.none': 'Pas de demande d’aide',
    'control.progress': 'Avancement : {progress} %',
    'control.milestones': '{done}/{total} jalons',
    'control.current': 'Étape : {label}',
    'control.announce': 'Annonce à toutes les équipes',
    'control.announce.message': 'Message',
    'control.announce.send': 'Envoyer l’annonce',
    'control.announce.sent': 'Annonce envoyée.',
    'control.announcements': 'Annonces',
    'control.helpQueue': 'Demandes d’aide',
    'control.helpQueue.empty': 'Aucune demande d’aide.',
    'control.help.acknowledge': 'Prise en charge',
    'control.help.resolve': 'Résolue',
    'control.help.acknowledged': 'Demande prise en charge.',
    'control.help.resolved': 'Demande résolue.',
    'control.deliverables': '{count} livrable(s)',
    'control.checkedIn': '{count}/{total} présent(s)',
    'control.schedule': 'Programme du jour',
    'control.schedule.empty': 'Aucun programme pour ce jour.',
    'control.schedule.now': 'En ce moment : {label}',
    'control.schedule.none': 'Aucune phase en cours.',
    'help.open': 'Ouverte',
    'help.acknowledged': 'Prise en charge',
    'help.resolved': 'Résolue',

    'lead.title': 'Mon équipe',
    'lead.milestones': 'Jalons',
    'lead.pending': 'En attente d’envoi',
    'lead.pending.count': '{count} action(s) en attente d’envoi : elles partiront dès le retour du réseau.',
    'lead.sent': 'Envoyé.',
    'lead.rejected': 'Refusé : {message}',
    'lead.blocked.note': 'Qu’est-ce qui bloque ?',
    'lead.blocked.send': 'Signaler le blocage',
    'lead.cancel': 'Annuler',
    'lead.move': '{milestone} : {status}',
    'lead.help': 'Demander de l’aide',
    'lead.help.skill': 'Compétence recherchée',
    'lead.help.message': 'Message',
    'lead.help.send': 'Envoyer la demande',
    'lead.members': 'Membres de l’équipe',
    'lead.member.name': 'Nom',
    'lead.member.company': 'Entreprise',
    'lead.member.remote': 'À distance',
    'lead.member.add': 'Ajouter le membre',
    'lead.members.empty': 'Personne pour l’instant.',
    'lead.announcements': 'Annonces de l’équipe d’organisation',
    'lead.announcements.empty': 'Aucune annonce pour l’instant.',
    'lead.note': 'Note : {note}',
    'lead.helpRequests': 'Demandes envoyées',
    'lead.deliverables': 'Livrables',
    'lead.deliverable.title': 'Titre du livrable',
    'lead.deliverable.link': 'Lien (https://…, facultatif)',
    'lead.deliverable.add': 'Ajouter le livrable',
    'lead.deliverables.empty': 'Aucun livrable pour l’instant.',
    'lead.deliverable.badLink': 'Le lien doit commencer par http:// ou https://.',
    'lead.checkIn': 'Présent',
    'lead.checkIn.label': 'Présent : {name}',

    'team.title': 'Notre mission',
    'team.present': 'Présents',
    'team.remote': 'à distance',
    'team.onsite': 'sur place',
    'team.checkedIn': 'présent',

    'display.title': 'Soirée de clôture',
    'display.outcomes': 'Les missions',
    'display.completed': 'Terminée',
    'display.inProgress': '{progress} %',

    'home.title': 'Accueil',
    'home.intro': 'Orchestrator suit en direct les missions d’une édition de mécénat de compétences.',
    'home.editions': 'Éditions ouvertes sur ce poste',
    'home.editions.empty': 'Aucune édition mémorisée sur ce poste.',
    'home.setup': 'Créer une édition',
    'home.open': 'Ouvrir une édition',
    'home.open.id': 'Identifiant de l’édition',
    'home.open.go': 'Ouvrir',
    'home.control': 'Salle de contrôle',
    'home.display': 'Écran de clôture',
    'home.setupLink': 'Préparation',

    'setup.title': 'Préparation',
    'setup.admin': 'Jeton administrateur',
    'setup.admin.save': 'Utiliser ce jeton',
    'setup.admin.saved': 'Jeton enregistré pour cette session.',
    'setup.edition': 'Nouvelle édition',
    'setup.edition.id': 'Identifiant (a-z, 0-9, -)',
    'setup.edition.title': 'Titre',
    'setup.edition.territory': 'Territoire',
    'setup.edition.format': 'Format',
    'setup.edition.timezone': 'Fuseau horaire',
    'setup.edition.date': 'Date du premier jour',
    'setup.edition.create': 'Créer l’édition',
    'setup.format.factory': 'Probono Factory (2 jours)',
    'setup.format.marathon': 'Marathon (1 jour)',
    'setup.format.distanced': 'Édition à distance',
    'setup.format.booster': 'Booster (6 mois)',
    'setup.mission': 'Nouvelle mission',
    'setup.mission.id': 'Identifiant de la mission',
    'setup.mission.title': 'Titre de la mission',
    'setup.mission.associationId': 'Identifiant de l’association',
    'setup.mission.associationName': 'Nom de l’association',
    'setup.mission.lead': 'Chef de projet',
    'setup.mission.create': 'Créer la mission',
    'setup.missions': 'Missions et liens',
    'setup.missions.empty': 'Aucune mission pour l’instant.',
    'setup.leadLink': 'Lien chef de projet',
    'setup.leadLink.missing': 'Lien chef de projet affiché une seule fois, à la création.',
    'setup.teamLink': 'Créer le lien équipe',
    'setup.viewer': 'Liens de lecture (salle de contrôle, écran de clôture)',
    'setup.viewer.create': 'Créer les liens de lecture',
    'setup.created': 'Créé.',
  },
  en: {
    'app.name': 'Orchestrator',
    'lang.switch': 'Français',
    'lang.switch.label': 'Passer en français',
    'live.connecting': 'Connecting…',
    'live.live': 'Live',
    'live.reconnecting': 'Reconnecting…',
    'live.offline': 'Offline',
    'error.noToken': 'This link has no access token. Open the full link you were given (with #token=…).',
    'error.generic': 'Error: {message}',
    'error.network': 'Network unavailable.',
    'skip': 'Skip to content',

    'counters.title': 'Counters',
    'counters.missions': 'Missions',
    'counters.associations': 'Associations',
    'counters.volunteers': 'Volunteers',
    'counters.companies': 'Companies',
    'counters.milestones': 'Milestones done',
    'counters.completed': 'Missions completed',

    'health.on-track': 'On track',
    'health.at-risk': 'At risk',
    'health.blocked': 'Blocked',
    'health.stale': 'No news',
    'status.todo': 'To do',
    'status.in-progress': 'In progress',
    'status.done': 'Done',
    'status.blocked': 'Blocked',

    'control.title': 'Control room',
    'control.desk': 'Coordination desk',
    'control.missions': 'Missions',
    'control.sort': 'Sort',
    'control.sort.health': 'Health (urgent first)',
    'control.sort.progress-asc': 'Progress, lowest first',
    'control.sort.progress-desc': 'Progress, highest first',
    'control.sort.stale': 'Last update (oldest first)',
    'control.sort.title': 'Title',
    'control.filter': 'Filter',
    'control.filter.all': 'All missions',
    'control.filter.help': 'With a help request',
    'control.empty': 'No mission matches.',
    'control.updated': 'updated {minutes} min ago',
    'control.help.count': '{count} open help request(s)',
    'control.help.none': 'No help request',
    'control.progress': 'Progress: {progress}%',
    'control.milestones': '{done}/{total} milestones',
    'control.current': 'Step: {label}',
    'control.announce': 'Announcement to every team',
    'control.announce.message': 'Message',
    'control.announce.send': 'Send the announcement',
    'control.announce.sent': 'Announcement sent.',
    'control.announcements': 'Announcements',
    'control.helpQueue': 'Help requests',
    'control.helpQueue.empty': 'No help request.',
    'control.help.acknowledge': 'Acknowledge',
    'control.help.resolve': 'Resolve',
    'control.help.acknowledged': 'Request acknowledged.',
    'control.help.resolved': 'Request resolved.',
    'control.deliverables': '{count} deliverable(s)',
    'control.checkedIn': '{count}/{total} checked in',
    'control.schedule': 'Today’s schedule',
    'control.schedule.empty': 'No schedule for this day.',
    'control.schedule.now': 'Now: {label}',
    'control.schedule.none': 'No phase running.',
    'help.open': 'Open',
    'help.acknowledged': 'Acknowledged',
    'help.resolved': 'Resolved',

    'lead.title': 'My team',
    'lead.milestones': 'Milestones',
    'lead.pending': 'Waiting to be sent',
    'lead.pending.count': '{count} action(s) waiting: they will be sent as soon as the network is back.',
    'lead.sent': 'Sent.',
    'lead.rejected': 'Refused: {message}',
    'lead.blocked.note': 'What is blocking you?',
    'lead.blocked.send': 'Report the blocker',
    'lead.cancel': 'Cancel',
    'lead.move': '{milestone}: {status}',
    'lead.help': 'Ask for help',
    'lead.help.skill': 'Skill needed',
    'lead.help.message': 'Message',
    'lead.help.send': 'Send the request',
    'lead.members': 'Team members',
    'lead.member.name': 'Name',
    'lead.member.company': 'Company',
    'lead.member.remote': 'Remote',
    'lead.member.add': 'Add the member',
    'lead.members.empty': 'Nobody yet.',
    'lead.announcements': 'Announcements from the organisers',
    'lead.announcements.empty': 'No announcement yet.',
    'lead.note': 'Note: {note}',
    'lead.helpRequests': 'Requests sent',
    'lead.deliverables': 'Deliverables',
    'lead.deliverable.title': 'Deliverable title',
    'lead.deliverable.link': 'Link (https://…, optional)',
    'lead.deliverable.add': 'Add the deliverable',
    'lead.deliverables.empty': 'No deliverable yet.',
    'lead.deliverable.badLink': 'The link must start with http:// or https://.',
    'lead.checkIn': 'Present',
    'lead.checkIn.label': 'Present: {name}',

    'team.title': 'Our mission',
    'team.present': 'Present',
    'team.remote': 'remote',
    'team.onsite': 'on site',
    'team.checkedIn': 'present',

    'display.title': 'Closing evening',
    'display.outcomes': 'The missions',
    'display.completed': 'Completed',
    'display.inProgress': '{progress}%',

    'home.title': 'Home',
    'home.intro': 'Orchestrator follows the missions of a skills-volunteering edition live.',
    'home.editions': 'Editions opened on this device',
    'home.editions.empty': 'No edition remembered on this device.',
    'home.setup': 'Create an edition',
    'home.open': 'Open an edition',
    'home.open.id': 'Edition id',
    'home.open.go': 'Open',
    'home.control': 'Control room',
    'home.display': 'Closing display',
    'home.setupLink': 'Set-up',

    'setup.title': 'Set-up',
    'setup.admin': 'Admin token',
    'setup.admin.save': 'Use this token',
    'setup.admin.saved': 'Token kept for this session.',
    'setup.edition': 'New edition',
    'setup.edition.id': 'Id (a-z, 0-9, -)',
    'setup.edition.title': 'Title',
    'setup.edition.territory': 'Territory',
    'setup.edition.format': 'Format',
    'setup.edition.timezone': 'Time zone',
    'setup.edition.date': 'Date of the first day',
    'setup.edition.create': 'Create the edition',
    'setup.format.factory': 'Probono Factory (2 days)',
    'setup.format.marathon': 'Marathon (1 day)',
    'setup.format.distanced': 'Distanced edition',
    'setup.format.booster': 'Booster (6 months)',
    'setup.mission': 'New mission',
    'setup.mission.id': 'Mission id',
    'setup.mission.title': 'Mission title',
    'setup.mission.associationId': 'Association id',
    'setup.mission.associationName': 'Association name',
    'setup.mission.lead': 'Team lead',
    'setup.mission.create': 'Create the mission',
    'setup.missions': 'Missions and links',
    'setup.missions.empty': 'No mission yet.',
    'setup.leadLink': 'Team lead link',
    'setup.leadLink.missing': 'The team lead link is shown once, at creation.',
    'setup.teamLink': 'Create the team link',
    'setup.viewer': 'Read-only links (control room, closing display)',
    'setup.viewer.create': 'Create the read-only links',
    'setup.created': 'Created.',
  },
};

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
