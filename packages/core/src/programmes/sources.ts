import type { ProgrammeSource } from './programme.js';

/*
 * The sources the programme days cite (the same documents as docs/clinical-rules.md and the articles).
 */

export const SOURCE_REPERES: ProgrammeSource = {
  publisher: 'Société française d’alcoologie',
  title:
    'Repères de consommation 2017 : pas plus de 10 verres par semaine, 2 verres par jour et pas tous les jours',
  url: 'https://sfalcoologie.fr/reperes-de-consommation-2017-pas-plus-de-10-verres-par-semaine-2-verres-par-jour-et-pas-tous-les-jours',
  year: 2017,
};

export const SOURCE_STANDARD_DRINK: ProgrammeSource = {
  publisher: 'Société française d’alcoologie',
  title: 'Le verre standard en France',
  url: 'https://sfalcoologie.fr/le-verre-standard-en-france/',
};

export const SOURCE_BENEFITS: ProgrammeSource = {
  publisher: 'Alcool Info Service (Santé publique France)',
  title: 'Boire moins : quels bénéfices ?',
  url: 'https://alcool-info-service.fr/agir-sur-sa-consommation/comment-reduire-votre-consommation/boire-moins-quels-benefices',
};

export const SOURCE_WITHDRAWAL: ProgrammeSource = {
  publisher: 'Alcool Info Service (Santé publique France)',
  title: 'Sevrage : ce qu’il faut savoir pour mieux vous préparer',
  url: 'https://alcool-info-service.fr/agir-sur-sa-consommation/comment-arreter-de-boire/sevrage-ce-quil-faut-savoir-pour-mieux-vous',
};

export const SOURCE_DEPENDENCE: ProgrammeSource = {
  publisher: 'Assurance Maladie (ameli.fr)',
  title: 'Arrêter sa consommation d’alcool en cas de dépendance',
  url: 'https://www.ameli.fr/assure/sante/themes/alcool-sante/arreter-consommation-cas-dependance',
};

export const SOURCE_PARTY: ProgrammeSource = {
  publisher: 'Alcool Info Service (Santé publique France)',
  title: '3 étapes clés pour que la soirée ne dérape pas',
  url: 'https://alcool-info-service.fr/sinformer-et-evaluer-sa-consommation/alcool-et-fetes/3-etapes-cles-pour-que-la-soiree-ne-derape-pas',
};

export const SOURCE_HAS_BRIEF_INTERVENTION: ProgrammeSource = {
  publisher: 'Haute Autorité de santé',
  title: 'Outil d’aide au repérage précoce et intervention brève : alcool, cannabis, tabac chez l’adulte',
  url: 'https://www.has-sante.fr/jcms/c_1795221/fr/outil-d-aide-au-reperage-precoce-et-intervention-breve-alcool-cannabis-tabac-chez-l-adulte',
  year: 2021,
};

export const SOURCE_DRY_JANUARY_STUDY: ProgrammeSource = {
  publisher: 'de Visser, Robinson, Bond — Health Psychology',
  title: 'Voluntary temporary abstinence from alcohol during “Dry January” and subsequent alcohol use',
  url: 'https://doi.org/10.1037/hea0000297',
  year: 2016,
};

export const SOURCE_IMPLEMENTATION_INTENTIONS: ProgrammeSource = {
  publisher: 'Gollwitzer, Sheeran — Advances in Experimental Social Psychology',
  title: 'Implementation intentions and goal achievement: a meta-analysis of effects and processes',
  url: 'https://doi.org/10.1016/S0065-2601(06)38002-1',
  year: 2006,
};
