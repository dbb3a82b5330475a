import type { ArticleId } from '../../articles/article.js';
import type { LocalizedText } from '../../i18n.js';
import type { ProgrammeSource } from '../programme.js';

/** A day's text, shared between programmes (the action is chosen by each programme). */
export interface Lesson {
  readonly title: LocalizedText;
  readonly paragraphs: readonly LocalizedText[];
  readonly sources: readonly ProgrammeSource[];
  readonly articles: readonly ArticleId[];
}
