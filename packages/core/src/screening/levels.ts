import type { AuditZone } from './audit.js';
import type { AuditCLevel } from './auditC.js';
import type { FaceLevel } from './face.js';
import type { InstrumentId } from './questionnaire.js';

/*
 * The level codes a scored result is stored and shared with (`SharedScreening.level`): the level of AUDIT-C
 * and FACE, the WHO zone of the AUDIT as `zone-N`. The person's app and the professionals' workspace both
 * read them from here, so a level added in core is a type error wherever it is not worded yet.
 */
export const SCREENING_LEVELS = {
  'audit-c': ['low', 'misuse', 'dependence'],
  face: ['low', 'excessive', 'dependence'],
  audit: ['zone-1', 'zone-2', 'zone-3', 'zone-4'],
} as const satisfies Readonly<Record<InstrumentId, readonly string[]>>;

export type ScreeningLevel<Id extends InstrumentId = InstrumentId> = (typeof SCREENING_LEVELS)[Id][number];

/** The stored code of a result's level (`misuse`, `zone-3`…). */
export function screeningLevelCode(
  result: { readonly level: AuditCLevel | FaceLevel } | { readonly zone: AuditZone },
): ScreeningLevel {
  return 'zone' in result ? `zone-${result.zone}` : result.level;
}

/** Whether `level` is one of `instrument`'s level codes (a shared or imported value is only a string). */
export function isScreeningLevel<Id extends InstrumentId>(
  instrument: Id,
  level: string,
): level is ScreeningLevel<Id> {
  return (SCREENING_LEVELS[instrument] as readonly string[]).includes(level);
}
