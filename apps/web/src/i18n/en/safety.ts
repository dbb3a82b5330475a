import type { Translation } from '../types.js';
import type { safetyFr } from '../fr/safety.js';

/** English: the safety questions before a break or a deep cut, and the medical-support advice. */
export const safetyEn: Translation<typeof safetyFr> = {
  'safety.title': 'Before you start: four questions for your safety',
  'safety.intro':
    'When the body is used to alcohol, stopping all at once or cutting down a lot can cause withdrawal, which can be dangerous. These questions tell whether medical support is safer for you. Your answers stay on this device.',
  'safety.why.dependence-signals': 'Your answers or your diary show signs of alcohol dependence.',
  'safety.why.consumption-unknown': 'Oz does not know yet how much you usually drink.',
  'safety.yes': 'Yes',
  'safety.no': 'No',
  'safety.continue': 'Continue',
  'safety.skip': 'I would rather not answer',
  'safety.errorUnanswered': 'Answer each question with yes or no, or choose “I would rather not answer”.',
  'safety.previous': 'Your answers of {date} are already ticked: check they are still right.',
  'safety.advice.title': 'Cutting down or stopping with medical support is safer',
  'safety.advice.medical-support':
    'From your answers, stopping abruptly could cause withdrawal. The safest way is to cut down or stop with a doctor, a CSAPA (addiction care, support and prevention centre) or Alcool Info Service. They can follow you through the first days and, if needed, prescribe a treatment.',
  'safety.advice.supervised-withdrawal':
    'You have had seizures or delirium tremens when stopping alcohol before: stopping again must be prepared with a doctor, often in hospital. Talk to your GP or a CSAPA before you stop.',
  'safety.advice.unanswered': 'Without an answer to every question, Oz cannot rule this risk out.',
  'safety.advice.sedatives':
    'You take a sedative or a sleeping medicine: tell the doctor who supports you, they will take it into account.',
  'safety.help.title': 'Where to find this support',
  'safety.help.doctor': 'Your GP can support you, or refer you.',
  'safety.help.ais': 'Alcool Info Service, anonymous call at no extra cost, every day from 8 am to 2 am:',
  'safety.help.csapa': 'Find a CSAPA near me',
  'safety.help.hospital': 'Find a hospital addiction consultation',
  'safety.help.emergency':
    'Seizures, severe confusion, hallucinations or feeling faint: it is an emergency, call',
  'safety.choice':
    'The choice is yours. If you start now, tell someone close, do not stay without anyone around you in the first days, and call a doctor at the first sign of withdrawal.',
  'safety.proceedAnyway': 'I choose to start now',
  'safety.back': 'Go back to my choice',
};
