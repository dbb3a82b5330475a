import { localDateOf, withdrawalWatchDay } from '@oz/core';
import { timeZone, today } from '../../app/clock.js';
import type { Loaded } from '../../storage/changes.js';
import { useStored } from '../../storage/changes.js';
import { allGoals } from '../../storage/repositories.js';
import { loadSafetyGate } from '../safety/safetyGate.js';

/**
 * Which day of a break today is, while the diary should recall the withdrawal warning signs (issue 8, "Before
 * any deep cut"; @oz/core withdrawalWatchDay): the goal in force is a week without alcohol, set less than 7 days
 * ago, and a break is one Oz asks the safety questions before (dependence signals, or consumption unknown —
 * @oz/core deepCutSafety). Undefined otherwise: a light drinker's dry week gets no warning to worry about.
 */
export async function loadBreakWatchDay(): Promise<number | undefined> {
  const [goals, gate] = await Promise.all([allGoals(), loadSafetyGate({ kind: 'break' })]);
  const current = goals[0];
  if (current === undefined || current.maxStandardDrinksPerWeek !== 0 || !gate.gate.ask) return undefined;
  // The break starts the day the zero goal was set (the goal counts from that week's Monday).
  const startedOn = localDateOf(Date.parse(current.createdAt), timeZone());
  return withdrawalWatchDay(startedOn, today());
}

export function useBreakWatchDay(): Loaded<number | undefined> {
  return useStored(loadBreakWatchDay, `break-watch:${today()}`);
}
