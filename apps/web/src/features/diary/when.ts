import { isIsoDate, type IsoDate } from '@oz/core';
import { today } from '../../app/clock.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A drink is logged for today or a past day, at a real time; undefined when not. */
export function checkedWhen(date: string, time: string): { date: IsoDate; time: string } | undefined {
  if (!isIsoDate(date) || !TIME.test(time) || date > today()) return undefined;
  return { date, time };
}
