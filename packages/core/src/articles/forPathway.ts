import type { PathwayRecommendation } from '../pathway/types.js';
import type { ArticleId } from './article.js';

/*
 * Which articles to suggest after a result or with the care pathway (issue 10: "linked from programmes,
 * results and the pathway"). Safety first: withdrawal caution puts the withdrawal article first (never stop
 * abruptly alone), pregnancy puts the pregnancy article first; a professional's level adds where to get
 * help; everyone gets the repères and the standard drink to read their numbers.
 */

export const MAX_PATHWAY_ARTICLES = 3;

export function articlesForPathway(
  pathway: Pick<PathwayRecommendation, 'level' | 'withdrawalCaution' | 'reasons'>,
): ArticleId[] {
  const codes = new Set(pathway.reasons.map((reason) => reason.code));
  const wanted: ArticleId[] = [];
  if (codes.has('pregnancy')) wanted.push('pregnancy');
  if (pathway.withdrawalCaution) wanted.push('withdrawal');
  if (pathway.level === 'brief-intervention' || pathway.level === 'specialist') wanted.push('getting-help');
  wanted.push('reperes', 'standard-drink', 'cravings');
  return [...new Set(wanted)].slice(0, MAX_PATHWAY_ARTICLES);
}
