import { isArticleId } from '../articles/article.js';
import type { LocalizedText } from '../i18n.js';
import type { Programme, ProgrammeDay } from './programme.js';
import { PROGRAMME_EXERCISES } from './programme.js';

/*
 * Content checks for the programmes (issue 10: "content is ours, in French and English, each text with its
 * sources"): run by the unit tests over every programme, so a missing translation, a source without a link
 * or a quiz whose answer does not exist fails the build.
 */

/** Every text a person reads in a programme, with where it is (for the typography test and these checks). */
export function programmeTexts(programme: Programme): [string, LocalizedText][] {
  const where = (day: ProgrammeDay, what: string): string => `${programme.id} day ${String(day.day)} ${what}`;
  return [
    [`${programme.id} title`, programme.title],
    [`${programme.id} summary`, programme.summary],
    ...programme.days.flatMap((day): [string, LocalizedText][] => [
      [where(day, 'title'), day.title],
      ...day.paragraphs.map((text, index): [string, LocalizedText] => [
        where(day, `paragraph ${String(index)}`),
        text,
      ]),
      ...(day.action.kind === 'quiz'
        ? day.action.questions.flatMap((question): [string, LocalizedText][] => [
            [where(day, `${question.id} question`), question.question],
            [where(day, `${question.id} explanation`), question.explanation],
            ...question.options.map((option, index): [string, LocalizedText] => [
              where(day, `${question.id} option ${String(index)}`),
              option,
            ]),
          ])
        : []),
    ]),
  ];
}

const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s]+$/u;

function dayProblems(programme: Programme, day: ProgrammeDay, index: number): string[] {
  const at = `${programme.id} day ${String(day.day)}`;
  const problems: string[] = [];
  if (day.day !== index + 1)
    problems.push(`${at}: numbered ${String(day.day)}, expected ${String(index + 1)}`);
  if (day.paragraphs.length === 0) problems.push(`${at}: no text`);
  if (day.sources.length === 0) problems.push(`${at}: no source`);
  for (const source of day.sources) {
    if (!HTTPS_URL.test(source.url)) problems.push(`${at}: source link ${JSON.stringify(source.url)}`);
    if (source.publisher.trim() === '' || source.title.trim() === '') {
      problems.push(`${at}: source without publisher or title`);
    }
  }
  for (const article of day.articles) {
    if (!isArticleId(article)) problems.push(`${at}: unknown article ${String(article)}`);
  }
  const action = day.action;
  if (action.kind === 'exercise' && !PROGRAMME_EXERCISES.includes(action.exercise)) {
    problems.push(`${at}: unknown exercise`);
  }
  if (action.kind === 'quiz') {
    if (action.questions.length === 0) problems.push(`${at}: empty quiz`);
    for (const question of action.questions) {
      const valid = Number.isInteger(question.answer) && question.answer >= 0;
      if (!valid || question.answer >= question.options.length || question.options.length < 2) {
        problems.push(`${at}: quiz ${question.id} answer is not one of its options`);
      }
    }
  }
  return problems;
}

/** What is wrong with a programme's content; empty when it may ship. */
export function programmeProblems(programme: Programme): string[] {
  const problems = programme.days.flatMap((day, index) => dayProblems(programme, day, index));
  for (const [where, text] of programmeTexts(programme)) {
    if (text.fr.trim() === '') problems.push(`${where}: no French text`);
    if (text.en.trim() === '') problems.push(`${where}: no English text`);
  }
  const last = programme.days.at(-1);
  if (last?.action.kind !== 'review') problems.push(`${programme.id}: the last day is not the review`);
  return problems;
}
