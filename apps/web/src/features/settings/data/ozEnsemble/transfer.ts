import type { OzeRejectedLine, OzeTransfer } from '@oz/contracts';
import { isIsoDate, localDateOf, localTimeOf, type Drink, type IsoDate } from '@oz/core';
import { nowIso } from '../../../../storage/ids.js';
import type { CustomDrinkRecord, DayLog, DrinkEntryRecord } from '../../../../storage/types.js';
import { newEntry } from '../../../diary/model.js';
import type { ImportData } from '../mergePlan.js';
import { NO_SUPPORT_IMPORT } from '../supportBackup.js';
import { dayLogOf } from './contexts.js';
import {
  asCustomDrinkRecord,
  catalogueDrink,
  OZE_ID_PREFIX,
  readOwnDrink,
  type OwnDrinkReading,
} from './drinks.js';
import { ProblemList, type ImportProblem } from './problems.js';
import { profileImport, type ImportFact } from './profile.js';

/** An Oz Ensemble file mapped to Oz records, what could not be read, and what else it brings. */
export interface OzeImport {
  readonly data: ImportData;
  readonly problems: readonly ImportProblem[];
  readonly facts: readonly ImportFact[];
  readonly ignoredKeys: readonly string[];
}

const NO_CONSO = 'no-conso';

function dayOf(timestamp: number | undefined, timeZone: string): IsoDate | null {
  if (timestamp === undefined) return null;
  try {
    return localDateOf(timestamp, timeZone);
  } catch {
    return null;
  }
}

function reportRejected(rejected: readonly OzeRejectedLine[], timeZone: string, problems: ProblemList): void {
  for (const line of rejected) {
    problems.add({
      drink: line.drinkKey ?? null,
      reason: line.reason,
      detail: line.day ?? null,
      date:
        dayOf(line.timestamp, timeZone) ?? (line.day !== undefined && isIsoDate(line.day) ? line.day : null),
    });
  }
}

/** Own drinks by key; the readable ones not deleted go to « Mes boissons ». */
function ownDrinks(transfer: OzeTransfer): {
  byKey: Map<string, OwnDrinkReading>;
  saved: CustomDrinkRecord[];
} {
  const byKey = new Map<string, OwnDrinkReading>();
  const saved: CustomDrinkRecord[] = [];
  for (const own of transfer.ownDrinks) {
    const reading = readOwnDrink(own);
    // A later definition of the same name replaces an earlier one, as Oz Ensemble's catalogue object did.
    byKey.set(own.drinkKey, reading);
  }
  for (const reading of byKey.values()) {
    if (reading.kind === 'drink' && !reading.deleted) saved.push(asCustomDrinkRecord(reading.drink));
  }
  return { byKey, saved };
}

/**
 * Maps a transfer file to Oz records. Ids derive from Oz Ensemble's (`oz-ensemble:<id>`), so importing the
 * same file again adds nothing. `timeZone` decides each line's local day, as Oz Ensemble's phone did.
 */
export function fromTransfer(transfer: OzeTransfer, timeZone: string): OzeImport {
  const problems = new ProblemList();
  reportRejected(transfer.rejected, timeZone, problems);
  const own = ownDrinks(transfer);
  const drinkOf = (key: string): Drink | null => {
    const reading = own.byKey.get(key);
    if (reading !== undefined) return reading.kind === 'drink' ? reading.drink : null;
    return catalogueDrink(key);
  };
  const entries: DrinkEntryRecord[] = [];
  const drinkFreeDays = new Set<IsoDate>();
  for (const line of transfer.drinks) {
    const date = localDateOf(line.timestamp, timeZone);
    if (line.drinkKey === NO_CONSO) {
      drinkFreeDays.add(date);
      continue;
    }
    const id = `${OZE_ID_PREFIX}${line.id}`;
    const time = localTimeOf(line.timestamp, timeZone);
    const reading = own.byKey.get(line.drinkKey);
    if (reading?.kind === 'unreadable') {
      const kept = reading.kept;
      problems.add({
        drink: line.drinkKey,
        reason: reading.reason,
        detail: reading.volumeText,
        date,
        keep: {
          standardDrinksPerServing: reading.doses,
          customDrink: reading.deleted ? null : asCustomDrinkRecord(kept),
          entry: newEntry(kept, line.quantity, date, time, 'oz-ensemble', id),
        },
      });
      continue;
    }
    const drink = drinkOf(line.drinkKey);
    if (drink === null) problems.add({ drink: line.drinkKey, reason: 'unknown-drink', date });
    else entries.push(newEntry(drink, line.quantity, date, time, 'oz-ensemble', id));
  }
  const updatedAt = nowIso();
  const days = new Map<IsoDate, DayLog>();
  for (const context of transfer.contexts) {
    if (!isIsoDate(context.date)) {
      problems.add({ drink: null, reason: 'bad-day', detail: context.date });
      continue;
    }
    const { log, problem } = dayLogOf(context, drinkFreeDays.has(context.date), updatedAt);
    days.set(log.date, log);
    if (problem !== null) problems.add(problem);
  }
  for (const date of drinkFreeDays) {
    if (!days.has(date)) days.set(date, { date, drinkFree: true, mood: null, tags: [], note: '', updatedAt });
  }
  const profile = profileImport(transfer, drinkOf);
  return {
    data: {
      entries,
      days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
      screenings: profile.screening === null ? [] : [profile.screening],
      goals: [],
      customDrinks: own.saved,
      preferences: {
        ...(profile.profile === null ? {} : { profile: profile.profile }),
        ...(profile.typicalWeek === null ? {} : { typicalWeek: profile.typicalWeek }),
      },
      ...NO_SUPPORT_IMPORT,
    },
    problems: problems.list(),
    facts: profile.facts,
    ignoredKeys: transfer.ignoredKeys,
  };
}
