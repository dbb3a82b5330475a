/**
 * Sources behind the pathway rules, by id. Each reason the pathway gives carries one of these ids, so
 * the app can show "why" with a reference and docs/clinical-rules.md can list them.
 */
export const PATHWAY_SOURCES = {
  'who-audit-2001': {
    title: 'WHO AUDIT manual, 2nd ed. (Babor et al. 2001, WHO/MSD/MSB/01.6a): risk zones and escalation',
    url: 'https://comorbidityguidelines.org.au/appendix-u-alcohol-use-disorders-identification-test-audit/audit-scoring-clinician-use-only',
  },
  'sfa-2023-audit': {
    title:
      'SFA 2023 AUDIT bounds: misuse ≥ 7 men / ≥ 6 women, probable dependence ≥ 11 (as implemented by djibe audit.html)',
    url: 'https://www.alcool-info-service.fr/Alcool/Home-Professionnels/Alcool-Sante/depistage-evaluation/RPIB-pratique',
  },
  'has-2021-audit-c': {
    title:
      'HAS 2021 RPIB tool / SFA, AUDIT-C: misuse ≥ 4 men, ≥ 3 women; dependence ≥ 10 (Bradley et al. 2007)',
    url: 'https://www.has-sante.fr/jcms/c_1795221/fr/outil-d-aide-au-reperage-precoce-et-intervention-breve-alcool-cannabis-tabac-chez-l-adulte',
  },
  'arfaoui-2004-face': {
    title:
      'FACE, Arfaoui et al., Rev Prat Med Gen 2004;18(641):201-5: excessive ≥ 5 men / ≥ 4 women, dependence > 8',
    url: 'https://studylibfr.com/doc/3295049/plaquette-alcool-au-travail',
  },
  'spf-2017-reperes': {
    title: 'Santé publique France / INCa 2017 repères: ≤ 10 a week, ≤ 2 a day, days without alcohol',
    url: 'https://sfalcoologie.fr/reperes-de-consommation-2017-pas-plus-de-10-verres-par-semaine-2-verres-par-jour-et-pas-tous-les-jours',
  },
  'has-sfa-orientation': {
    title:
      'HAS/SFA orientation: dependence signals (morning drinking, loss of control) → addiction consultation; young people → CJC; pregnancy is an emergency (djibe alcool.md)',
    url: 'https://github.com/djibe/recommandations-medicales/blob/master/content/recommandations/alcool.md',
  },
  'sfa-2015-withdrawal': {
    title:
      'SFA 2015 withdrawal: never stop abruptly alone when dependent; hospital withdrawal to consider from age 75 or in pregnancy',
    url: 'https://praxis-suchtmedizin.ch/fosumos/index.php/fr/alcool/sevrage-alcool',
  },
  'oz-clinical-choice': {
    title:
      'Oz choice where the references give no number (docs/clinical-rules.md); to be confirmed by a clinician',
    url: 'docs/clinical-rules.md',
  },
} as const;

export type PathwaySourceId = keyof typeof PATHWAY_SOURCES;
