import type { StructureType } from '@oz/contracts';
import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/*
 * Messages of the care finder, French first (plain, easy-to-read French, formal « vous »), English complete.
 * Kept beside the feature so it ships in its lazy chunk; the shell catalogue (i18n/fr.ts) can absorb them later.
 * Type descriptions: docs/reference/clinical-sources.md, section C (CSP art. D3411-1 for CSAPA missions, etc.).
 */
const fr = {
  intro:
    'Des lieux où parler de votre consommation avec des professionnels. Vous n’avez pas besoin de dire votre nom.',
  'ais.title': 'Parler à quelqu’un maintenant',
  'ais.body': 'Alcool Info Service : écoute, conseils et adresses près de chez vous.',
  'ais.hours': 'Appel anonyme et non surtaxé, tous les jours de 8 h à 2 h.',
  'ais.call': 'Appeler le 0 980 980 930',
  'ais.emergency': 'Symptômes graves (tremblements, confusion, malaise) : appelez le 15 ou le 112.',
  'ais.suicide': 'Idées suicidaires, détresse : le 3114, 24 h sur 24, gratuit.',
  'ais.contact': 'Ou demander qu’un professionnel vous rappelle sous 48 h',
  'orientation.title': 'Une suggestion d’après vos réponses',
  'orientation.body': 'Un lieu de ce type peut vous aider : {type}. C’est vous qui choisissez.',
  'orientation.entourage':
    'Vous cherchez de l’aide pour un proche : les lieux qui reçoivent l’entourage sont montrés.',
  'search.label': 'Code postal ou commune',
  'search.hint': 'Par exemple 75011 ou Toulouse.',
  'search.submit': 'Chercher',
  'search.locate': 'Utiliser ma position',
  'search.locateHint': 'Votre position sert seulement à trier les lieux. Elle n’est pas enregistrée.',
  'search.locating': 'Recherche de votre position…',
  'search.suggestions': 'Suggestions',
  'filter.legend': 'Pour qui ?',
  'filter.everyone': 'Tout le monde',
  'filter.young': 'Jeunes (12–25 ans)',
  'filter.entourage': 'Famille, amis (entourage)',
  'filter.type': 'Type de lieu',
  'filter.allTypes': 'Tous les lieux',
  'filter.suggested': 'La suggestion : {types}',
  'results.title': 'Lieux près de {place}',
  'results.count': {
    zero: 'Aucun lieu trouvé.',
    one: '1 lieu, du plus proche au plus loin.',
    other: '{count} lieux, du plus proche au plus loin.',
  },
  'results.distanceNote': 'Distances à vol d’oiseau depuis le centre de la commune.',
  'results.notAcceptingNote':
    'Les lieux qui n’acceptent pas de nouvelles personnes pour le moment sont placés après ceux qui en acceptent à distance comparable.',
  'results.farAway':
    'Oz ne connaît pas encore de lieu près de chez vous : le plus proche est à {km} km. Alcool Info Service peut vous donner une adresse proche.',
  'results.offline': 'Hors connexion : résultats tirés de l’annuaire enregistré sur cet appareil le {date}.',
  'results.position': 'votre position',
  'results.showMap': 'Afficher la carte',
  'results.hideMap': 'Masquer la carte',
  'ambiguous.title': 'Plusieurs communes portent ce nom. Laquelle ?',
  'error.notFound':
    'Aucune commune ni code postal ne correspond à « {query} ». Vérifiez l’orthographe ou essayez le code postal.',
  'error.offlineName':
    'Hors connexion, la recherche marche avec un code postal, votre position ou un lieu déjà cherché.',
  'error.offlineNoData':
    'Hors connexion, et l’annuaire n’est pas encore enregistré sur cet appareil. Appelez Alcool Info Service.',
  'error.geolocation': 'Votre position n’est pas disponible. Tapez plutôt un code postal ou une commune.',
  'error.generic': 'La recherche n’a pas fonctionné. Réessayez dans un moment.',
  'card.distance': 'à ~{km} km',
  'card.approximate': 'position approximative (centre de la commune)',
  'card.call': 'Appeler',
  'card.website': 'Site web',
  'card.directions': 'Itinéraire',
  'card.newWindow': '(ouvre un autre site)',
  'card.whatIsIt': 'C’est quoi ?',
  'card.publics': 'Reçoit : {publics}',
  'card.hours': 'Horaires : {hours}',
  'card.dataDate': 'Information datée de {date}',
  'card.waitTime': {
    zero: 'Délai pour un premier rendez-vous : sans attente (déclaré le {date})',
    one: 'Délai pour un premier rendez-vous : ~1 jour (déclaré le {date})',
    other: 'Délai pour un premier rendez-vous : ~{count} jours (déclaré le {date})',
  },
  'card.notAccepting': 'N’accepte pas de nouvelles personnes pour le moment',
  'card.notAcceptingDate':
    '(déclaré le {date}). Vous pouvez tout de même appeler pour être orienté ailleurs.',
  'public.adults': 'adultes',
  'public.young': 'jeunes',
  'public.entourage': 'entourage',
  'map.title': 'Carte des lieux',
  'map.tilesFailed': 'Le fond de carte ne se charge pas. La liste des lieux reste complète.',
  'map.attribution': '© contributeurs OpenStreetMap',
  'map.notAccepting': 'N’accepte pas de nouvelles personnes pour le moment',
  'coverage.title': 'D’où viennent ces adresses ?',
  'coverage.areas':
    'L’annuaire d’Oz couvre pour l’instant seulement : {areas}. Ailleurs, il peut ne rien connaître près de vous.',
  'coverage.finess': 'Répertoire officiel FINESS (DREES / ANS), données de {date}.',
  'coverage.curated':
    'Liste vérifiée à la main à partir de sources publiques datées de {from} à {to} : appelez avant de vous déplacer.',
  'coverage.never':
    'Oz n’invente aucune adresse. Une information a changé ? Dites-le à la structure ou à Alcool Info Service.',
  'guide.title': 'Les lieux d’aide, en bref',
  'type.csapa.name': 'CSAPA',
  'type.csapa.long': 'Centre de soins, d’accompagnement et de prévention en addictologie',
  'type.csapa.body':
    'Une équipe (médecin, infirmier ou infirmière, psychologue, travailleur social) vous écoute et vous accompagne pour l’alcool ou d’autres produits, à votre rythme. Vos proches peuvent aussi y être reçus. Gratuit et confidentiel.',
  'type.cjc.name': 'CJC',
  'type.cjc.long': 'Consultation jeunes consommateurs',
  'type.cjc.body':
    'Pour les jeunes de 12 à 25 ans environ, et leur famille : parler d’alcool, de cannabis, d’écrans, sans jugement. Gratuit, confidentiel, souvent anonyme. Tout CSAPA peut aussi vous orienter vers sa CJC.',
  'type.caarud.name': 'CAARUD',
  'type.caarud.long':
    'Centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues',
  'type.caarud.body':
    'Accueil sans rendez-vous et sans obligation d’arrêter : conseils, matériel, premiers soins, aide pour vos droits. Gratuit et anonyme.',
  'type.elsa.name': 'ELSA',
  'type.elsa.long': 'Équipe de liaison et de soins en addictologie',
  'type.elsa.body':
    'Une équipe de l’hôpital qui voit les personnes hospitalisées ou passées aux urgences. Si vous êtes à l’hôpital, demandez à la rencontrer. Confidentiel.',
  'type.hospital.name': 'Hôpital',
  'type.hospital.long': 'Consultation d’addictologie à l’hôpital',
  'type.hospital.body':
    'Beaucoup d’hôpitaux ont une consultation d’addictologie (ou d’alcoologie). Appelez l’hôpital et demandez « la consultation d’addictologie ». Confidentiel, pris en charge par l’Assurance maladie.',
  'type.association.name': 'Association',
  'type.association.long': 'Association, groupe d’entraide',
  'type.association.body':
    'Rencontrer des personnes qui vivent la même chose (par exemple Alcooliques Anonymes, Croix Bleue). Gratuit.',
  'type.other.name': 'Autre lieu',
  'type.other.long': 'Autre lieu d’aide',
  'type.other.body': 'Un lieu qui peut vous écouter et vous orienter.',
} satisfies Record<string, Message>;

export type HelpMessageKey = keyof typeof fr;
type HelpCatalogue = Record<HelpMessageKey, Message>;

const en: HelpCatalogue = {
  intro:
    'Places where you can talk about your drinking with professionals. You do not need to give your name.',
  'ais.title': 'Talk to someone now',
  'ais.body': 'Alcool Info Service: listening, advice and addresses near you.',
  'ais.hours': 'Anonymous call at no extra cost, every day from 8 am to 2 am.',
  'ais.call': 'Call 0 980 980 930',
  'ais.emergency': 'Severe symptoms (shaking, confusion, feeling faint): call 15 or 112.',
  'ais.suicide': 'Suicidal thoughts, distress: 3114, 24 hours a day, free.',
  'ais.contact': 'Or be contacted by a professional within 48 h',
  'orientation.title': 'A suggestion based on your answers',
  'orientation.body': 'This kind of place can help you: {type}. The choice is yours.',
  'orientation.entourage':
    'You are looking for help for someone close: places that welcome family and friends are shown.',
  'search.label': 'Postal code or town',
  'search.hint': 'For example 75011 or Toulouse.',
  'search.submit': 'Search',
  'search.locate': 'Use my location',
  'search.locateHint': 'Your location is only used to sort the places. It is not stored.',
  'search.locating': 'Finding your location…',
  'search.suggestions': 'Suggestions',
  'filter.legend': 'Who is it for?',
  'filter.everyone': 'Everyone',
  'filter.young': 'Young people (12–25)',
  'filter.entourage': 'Family and friends',
  'filter.type': 'Kind of place',
  'filter.allTypes': 'All places',
  'filter.suggested': 'The suggestion: {types}',
  'results.title': 'Places near {place}',
  'results.count': {
    zero: 'No place found.',
    one: '1 place, nearest first.',
    other: '{count} places, nearest first.',
  },
  'results.distanceNote': 'Straight-line distances from the centre of the town.',
  'results.notAcceptingNote':
    'Places not taking new people for the moment come after those at a similar distance that are.',
  'results.farAway':
    'Oz does not know any place near you yet: the nearest is {km} km away. Alcool Info Service can give you a nearby address.',
  'results.offline': 'Offline: results from the directory saved on this device on {date}.',
  'results.position': 'your location',
  'results.showMap': 'Show the map',
  'results.hideMap': 'Hide the map',
  'ambiguous.title': 'Several towns have this name. Which one?',
  'error.notFound': 'No town or postal code matches “{query}”. Check the spelling or try the postal code.',
  'error.offlineName': 'Offline, search works with a postal code, your location or a place searched before.',
  'error.offlineNoData':
    'Offline, and the directory is not saved on this device yet. Call Alcool Info Service.',
  'error.geolocation': 'Your location is not available. Type a postal code or a town instead.',
  'error.generic': 'The search did not work. Try again in a moment.',
  'card.distance': '~{km} km away',
  'card.approximate': 'approximate position (town centre)',
  'card.call': 'Call',
  'card.website': 'Website',
  'card.directions': 'Directions',
  'card.newWindow': '(opens another site)',
  'card.whatIsIt': 'What is it?',
  'card.publics': 'Welcomes: {publics}',
  'card.hours': 'Opening hours: {hours}',
  'card.dataDate': 'Information dated {date}',
  'card.waitTime': {
    zero: 'Wait for a first appointment: none (declared on {date})',
    one: 'Wait for a first appointment: ~1 day (declared on {date})',
    other: 'Wait for a first appointment: ~{count} days (declared on {date})',
  },
  'card.notAccepting': 'Not taking new people for the moment',
  'card.notAcceptingDate': '(declared on {date}). You can still call to be directed elsewhere.',
  'public.adults': 'adults',
  'public.young': 'young people',
  'public.entourage': 'family and friends',
  'map.title': 'Map of the places',
  'map.tilesFailed': 'The map background does not load. The list of places is complete.',
  'map.attribution': '© OpenStreetMap contributors',
  'map.notAccepting': 'Not taking new people for the moment',
  'coverage.title': 'Where do these addresses come from?',
  'coverage.areas': 'For now, Oz’s directory only covers: {areas}. Elsewhere it may know nothing near you.',
  'coverage.finess': 'Official FINESS register (DREES / ANS), data of {date}.',
  'coverage.curated': 'Hand-checked list from public sources dated {from} to {to}: call before you go.',
  'coverage.never': 'Oz never invents an address. Something changed? Tell the place or Alcool Info Service.',
  'guide.title': 'Places that help, in short',
  'type.csapa.name': 'CSAPA',
  'type.csapa.long': 'Addiction care, support and prevention centre',
  'type.csapa.body':
    'A team (doctor, nurse, psychologist, social worker) listens and supports you with alcohol or other substances, at your own pace. Family and friends can be seen too. Free and confidential.',
  'type.cjc.name': 'CJC',
  'type.cjc.long': 'Young people’s consultation',
  'type.cjc.body':
    'For young people aged about 12 to 25, and their families: talk about alcohol, cannabis, screens, without judgement. Free, confidential, often anonymous. Any CSAPA can also direct you to its CJC.',
  'type.caarud.name': 'CAARUD',
  'type.caarud.long': 'Harm-reduction centre for people who use drugs',
  'type.caarud.body':
    'Walk in without an appointment and without having to stop: advice, equipment, first care, help with your rights. Free and anonymous.',
  'type.elsa.name': 'ELSA',
  'type.elsa.long': 'Hospital addiction liaison team',
  'type.elsa.body':
    'A hospital team that sees people who are in hospital or came to the emergency department. If you are in hospital, ask to meet them. Confidential.',
  'type.hospital.name': 'Hospital',
  'type.hospital.long': 'Hospital addiction consultation',
  'type.hospital.body':
    'Many hospitals have an addiction (or alcohol) consultation. Call the hospital and ask for “la consultation d’addictologie”. Confidential, covered by the Assurance maladie.',
  'type.association.name': 'Association',
  'type.association.long': 'Association, mutual-help group',
  'type.association.body':
    'Meet people who go through the same thing (for example Alcoholics Anonymous, Croix Bleue). Free.',
  'type.other.name': 'Other place',
  'type.other.long': 'Other place that helps',
  'type.other.body': 'A place that can listen and direct you.',
};

/** Both languages, exported for the catalogue checks (i18n/typography.test.ts). */
export const HELP_CATALOGUES: Record<Locale, HelpCatalogue> = { fr, en };

export type HelpText = (key: HelpMessageKey, values?: MessageValues) => string;

export function helpText(locale: Locale): HelpText {
  return (key, values) => render(locale, HELP_CATALOGUES[locale][key], values);
}

export function useHelpText(): HelpText {
  return helpText(useI18n().locale);
}

export function typeKey(type: StructureType, part: 'name' | 'long' | 'body'): HelpMessageKey {
  return `type.${type}.${part}`;
}
