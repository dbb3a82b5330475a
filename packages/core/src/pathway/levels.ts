import type { PathwayLevel, PathwayReason, PathwayReasonCode } from './types.js';
import { PATHWAY_LEVELS } from './types.js';
import type { PathwaySourceId } from './sources.js';

export function levelRank(level: PathwayLevel): number {
  return PATHWAY_LEVELS.indexOf(level);
}

export function strongerLevel(a: PathwayLevel, b: PathwayLevel): PathwayLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The level just above (WHO "give the next level of intervention"), capped at 'specialist'. */
export function nextLevel(level: PathwayLevel): PathwayLevel {
  return PATHWAY_LEVELS[Math.min(levelRank(level) + 1, PATHWAY_LEVELS.length - 1)] ?? 'specialist';
}

/**
 * Builds a reason. A dependence signal always asks for at least a brief intervention: when withdrawal
 * is a risk, the person is pointed to a professional, never left to stop alone (docs/reference/clinical-sources.md B.8).
 */
export function reason(
  code: PathwayReasonCode,
  level: PathwayLevel,
  source: PathwaySourceId,
  options: { readonly withdrawalCaution?: boolean; readonly data?: Readonly<Record<string, number>> } = {},
): PathwayReason {
  const withdrawalCaution = options.withdrawalCaution ?? false;
  const floor = withdrawalCaution ? strongerLevel(level, 'brief-intervention') : level;
  return {
    code,
    level: floor,
    source,
    withdrawalCaution,
    ...(options.data === undefined ? {} : { data: options.data }),
  };
}
