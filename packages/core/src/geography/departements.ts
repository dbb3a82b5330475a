/*
 * Départements and overseas collectivities: their names (INSEE, Code officiel géographique 2026), and the
 * département of an INSEE commune code or of a postal code. One module for the server (routing of contact
 * requests, directory import, coverage) and the PWA, so both read Corsica and the overseas codes alike.
 */

export const DEPARTEMENT_NAMES: Readonly<Record<string, string>> = {
  '01': 'Ain',
  '02': 'Aisne',
  '03': 'Allier',
  '04': 'Alpes-de-Haute-Provence',
  '05': 'Hautes-Alpes',
  '06': 'Alpes-Maritimes',
  '07': 'Ardèche',
  '08': 'Ardennes',
  '09': 'Ariège',
  '10': 'Aube',
  '11': 'Aude',
  '12': 'Aveyron',
  '13': 'Bouches-du-Rhône',
  '14': 'Calvados',
  '15': 'Cantal',
  '16': 'Charente',
  '17': 'Charente-Maritime',
  '18': 'Cher',
  '19': 'Corrèze',
  '2A': 'Corse-du-Sud',
  '2B': 'Haute-Corse',
  '21': "Côte-d'Or",
  '22': "Côtes-d'Armor",
  '23': 'Creuse',
  '24': 'Dordogne',
  '25': 'Doubs',
  '26': 'Drôme',
  '27': 'Eure',
  '28': 'Eure-et-Loir',
  '29': 'Finistère',
  '30': 'Gard',
  '31': 'Haute-Garonne',
  '32': 'Gers',
  '33': 'Gironde',
  '34': 'Hérault',
  '35': 'Ille-et-Vilaine',
  '36': 'Indre',
  '37': 'Indre-et-Loire',
  '38': 'Isère',
  '39': 'Jura',
  '40': 'Landes',
  '41': 'Loir-et-Cher',
  '42': 'Loire',
  '43': 'Haute-Loire',
  '44': 'Loire-Atlantique',
  '45': 'Loiret',
  '46': 'Lot',
  '47': 'Lot-et-Garonne',
  '48': 'Lozère',
  '49': 'Maine-et-Loire',
  '50': 'Manche',
  '51': 'Marne',
  '52': 'Haute-Marne',
  '53': 'Mayenne',
  '54': 'Meurthe-et-Moselle',
  '55': 'Meuse',
  '56': 'Morbihan',
  '57': 'Moselle',
  '58': 'Nièvre',
  '59': 'Nord',
  '60': 'Oise',
  '61': 'Orne',
  '62': 'Pas-de-Calais',
  '63': 'Puy-de-Dôme',
  '64': 'Pyrénées-Atlantiques',
  '65': 'Hautes-Pyrénées',
  '66': 'Pyrénées-Orientales',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '69': 'Rhône',
  '70': 'Haute-Saône',
  '71': 'Saône-et-Loire',
  '72': 'Sarthe',
  '73': 'Savoie',
  '74': 'Haute-Savoie',
  '75': 'Paris',
  '76': 'Seine-Maritime',
  '77': 'Seine-et-Marne',
  '78': 'Yvelines',
  '79': 'Deux-Sèvres',
  '80': 'Somme',
  '81': 'Tarn',
  '82': 'Tarn-et-Garonne',
  '83': 'Var',
  '84': 'Vaucluse',
  '85': 'Vendée',
  '86': 'Vienne',
  '87': 'Haute-Vienne',
  '88': 'Vosges',
  '89': 'Yonne',
  '90': 'Territoire de Belfort',
  '91': 'Essonne',
  '92': 'Hauts-de-Seine',
  '93': 'Seine-Saint-Denis',
  '94': 'Val-de-Marne',
  '95': "Val-d'Oise",
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '975': 'Saint-Pierre-et-Miquelon',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
  '986': 'Wallis-et-Futuna',
  '987': 'Polynésie française',
  '988': 'Nouvelle-Calédonie',
};

/** A département or overseas collectivity code, as INSEE writes it (`31`, `2A`, `974`, `988`). */
export type DepartementCode = string;

export function isDepartementCode(value: string): value is DepartementCode {
  return Object.hasOwn(DEPARTEMENT_NAMES, value);
}

/** INSEE département code of an INSEE commune code (`31555` → `31`, `97411` → `974`, `2A004` → `2A`). */
export function departementOfInseeCode(inseeCode: string): DepartementCode {
  return inseeCode.startsWith('97') || inseeCode.startsWith('98')
    ? inseeCode.slice(0, 3)
    : inseeCode.slice(0, 2);
}

/*
 * Postal codes (La Poste, « Base officielle des codes postaux ») start with the département number, except:
 * - Corsica: 20000–20190 are in Corse-du-Sud (2A), 20200–20620 in Haute-Corse (2B) — the ranges of every
 *   Corsican code in data/codes-postaux-centroides.csv, with no exception;
 * - overseas: three digits (971 Guadeloupe … 976 Mayotte, 975 Saint-Pierre-et-Miquelon, 986–988 Pacific),
 *   and two collectivities that kept Guadeloupe's numbering when they left it in 2007: Saint-Barthélemy
 *   (97133 → 977) and Saint-Martin (97150 → 978);
 * - 98000 is Monaco and 984xx the French Southern Lands: no département.
 * A postal code can also cross a border (01200 covers Éloise, in Haute-Savoie): callers that know the commune
 * (the places index) use it first and this rule only as the fallback.
 */
const CORSE_DU_SUD_LAST = 20199;
const HAUTE_CORSE_LAST = 20699;
const OVERSEAS_BY_POSTAL_CODE: Readonly<Record<string, DepartementCode>> = { '97133': '977', '97150': '978' };

/** The département of a French postal code by its numbering; `undefined` when it names none. */
export function departementOfPostalCode(postalCode: string): DepartementCode | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  const exception = OVERSEAS_BY_POSTAL_CODE[postalCode];
  if (exception !== undefined) return exception;
  if (postalCode.startsWith('20')) {
    const code = Number(postalCode);
    if (code <= CORSE_DU_SUD_LAST) return '2A';
    return code <= HAUTE_CORSE_LAST ? '2B' : undefined;
  }
  const prefix =
    postalCode.startsWith('97') || postalCode.startsWith('98')
      ? postalCode.slice(0, 3)
      : postalCode.slice(0, 2);
  return isDepartementCode(prefix) ? prefix : undefined;
}
