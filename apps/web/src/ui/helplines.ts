/*
 * The phone numbers Oz shows, in one place: what is dialled (`tel`) and how it is written (French digit
 * groups joined by no-break spaces, so a number never wraps). Every screen that shows a number takes it here.
 */

export interface Helpline {
  /** The `tel:` URI. */
  readonly tel: string;
  /** As displayed, e.g. « 0 980 980 930 ». */
  readonly display: string;
}

/**
 * Alcool Info Service (Santé publique France): every day 8 h–2 h, anonymous call, no surcharge.
 * Source: https://www.alcool-info-service.fr (« appel anonyme et non surtaxé ») — see docs/clinical-rules.md.
 */
export const ALCOOL_INFO_SERVICE: Helpline = {
  tel: 'tel:+33980980930',
  display: '0\u00a0980\u00a0980\u00a0930',
};
/** SAMU, medical emergencies (France). */
export const SAMU: Helpline = { tel: 'tel:15', display: '15' };
/** European emergency number. */
export const EUROPEAN_EMERGENCY: Helpline = { tel: 'tel:112', display: '112' };
/**
 * 3114, the national suicide prevention line (numéro national de prévention du suicide): free, 24 h a day,
 * 7 days a week, for a person in distress or worried about someone (Ministère de la Santé). Source:
 * https://3114.fr — see docs/clinical-rules.md §9 and "Quality of life".
 */
export const SUICIDE_PREVENTION: Helpline = { tel: 'tel:3114', display: '3114' };
