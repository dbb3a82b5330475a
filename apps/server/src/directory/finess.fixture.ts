// Hand-built FINESS etalab lines (docs/reference/finess-format.md §3.4), from real Haute-Garonne and Ain records.
export const FINESS_HEADER = 'finess;etalab;111;2026-08-10';

export const CSAPA_ANPAA =
  'structureet;310788070;;CSAPA ANPAA HAUTE-GARONNE;;;;21;BD;SILVIO TRENTIN;;;555;31;HAUTE GARONNE;31200 TOULOUSE;0561621426;;197;Centre soins accompagnement prévention addictologie (CSAPA);;;;;;;;;;;2026-08-10;';
export const CSAPA_MAURICE_DIDE =
  'structureet;310797402;;CSAPA MAURICE DIDE;;;;;R;VIGUERIE;;;555;31;HAUTE GARONNE;31058 TOULOUSE CEDEX 9;0561777833;;197;Centre soins accompagnement prévention addictologie (CSAPA);;;;;;;;;;;2026-08-10;';
export const CH_FLEYRIAT =
  'structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;';
export const GEO_ANPAA =
  'geolocalisation;310788070;573052.2;6281789.1;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole);2026-08-10';
export const GEO_FLEYRIAT =
  'geolocalisation;010000024;870262.2;6571540.8;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole);2026-05-04';

/** A made-up CSAPA in Saint-Denis (La Réunion), département 9D, located in UTM 40S. */
export const CSAPA_REUNION =
  'structureet;970000001;;CSAPA TEST REUNION;;;;1;R;DE PARIS;;;411;9D;LA REUNION;97400 ST DENIS;0262000000;;197;Centre soins accompagnement prévention addictologie (CSAPA);;;;;;;;;;;2026-08-10;';
export const GEO_REUNION =
  'geolocalisation;970000001;323086.6;7679599.8;1,ATLASANTE,96,BAN,EPSG:2975 RGR92 / UTM 40S (Réunion);2026-08-10';

export function finessFile(lines: readonly string[], lineEnd = '\n'): string {
  return [FINESS_HEADER, ...lines].join(lineEnd) + lineEnd;
}
