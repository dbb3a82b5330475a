// Which areas the open directory covers and how old its data is (`Coverage`), tallied from the open structures
// while the in-memory index is built, so the answer always matches the index.
import type { Coverage, Structure, StructureSource } from '@oz/contracts';
import { DEPARTEMENT_NAMES } from '@oz/core';

interface SourceTally {
  structures: number;
  oldest: string | null;
  newest: string | null;
}

/** Code-unit order, the same for every engine and locale (`'2A' < '2B' < '30'`). */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class CoverageTally {
  private total = 0;
  private readonly byDepartement = new Map<string, number>();
  private readonly bySource = new Map<StructureSource, SourceTally>();

  add(structure: Structure): void {
    this.total += 1;
    const code = structure.departement ?? '';
    this.byDepartement.set(code, (this.byDepartement.get(code) ?? 0) + 1);
    let tally = this.bySource.get(structure.source);
    if (tally === undefined) {
      tally = { structures: 0, oldest: null, newest: null };
      this.bySource.set(structure.source, tally);
    }
    tally.structures += 1;
    const date = structure.dataDate;
    if (date !== null) {
      if (tally.oldest === null || date < tally.oldest) tally.oldest = date;
      if (tally.newest === null || date > tally.newest) tally.newest = date;
    }
  }

  result(): Coverage {
    return {
      totalStructures: this.total,
      departements: [...this.byDepartement]
        .sort(([a], [b]) => byCode(a, b))
        .map(([code, structures]) => ({
          code,
          name: DEPARTEMENT_NAMES[code] ?? 'Unknown',
          structures,
        })),
      sources: [...this.bySource]
        .sort(([a], [b]) => byCode(a, b))
        .map(([source, tally]) => ({
          source,
          structures: tally.structures,
          oldestDataDate: tally.oldest,
          newestDataDate: tally.newest,
        })),
    };
  }
}

export function coverageOf(structures: readonly Structure[]): Coverage {
  const tally = new CoverageTally();
  for (const structure of structures) tally.add(structure);
  return tally.result();
}
