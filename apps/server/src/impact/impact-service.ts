// The impact dashboard (issue 12) for the workspace: who may see what (platform admins everything, structure
// admins their structure, professionals nothing), one programme year at a time, and the targets.
import { addDays, isIsoDate, parseUsageKey } from '@oz/core';
import { ImpactTargetsSchema } from '@oz/contracts';
import type { AuditDetail, ImpactQuery, ImpactReport, ImpactTargets, UsageCountsBatch } from '@oz/contracts';
import type { DayCounts, ImpactRepository } from '../db/repositories/impact.repository.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { auditOf, isPlatformAdmin, type AccessRefusals, type Actor } from '../pro/access.js';
import type { Repositories, Transact } from '../db/store.js';
import { buildYearReport, type YearReport } from './impact-report.js';
import { defaultTargets, targetsSection } from './impact-targets.js';
import { addMonths, monthOf, programmeYear, startedYears, type ProgrammeYear } from './programme-year.js';

const TARGETS_SETTING = 'targets';
const IMPACT_SUBJECT = { type: 'impact', id: null } as const;
/** Counts older than this many days, or dated after tomorrow (time zones), are refused. */
export const MAX_COUNT_AGE_DAYS = 8;

export interface ImpactServiceDependencies {
  readonly transact: Transact<Pick<Repositories, 'impact' | 'audit'>>;
  readonly reads: Pick<Repositories, 'impact'>;
  readonly refusals: AccessRefusals;
  readonly now: () => Date;
}

export class ImpactService {
  private readonly repository: ImpactRepository;
  private readonly now: () => Date;

  constructor(private readonly deps: ImpactServiceDependencies) {
    this.repository = deps.reads.impact;
    this.now = deps.now;
  }

  /** Adds the app's batch to the counters; refuses days outside [today − 8, today + 1] (UTC). */
  async recordCounts(batch: UsageCountsBatch): Promise<void> {
    const today = this.now().toISOString().slice(0, 10);
    if (!isIsoDate(today)) throw new RangeError('clock outside the calendar');
    const oldest = addDays(today, -MAX_COUNT_AGE_DAYS);
    const latest = addDays(today, 1);
    const days: DayCounts[] = batch.days.map(({ day, counts }) => {
      if (day < oldest || day > latest) {
        throw new InvalidInputError(
          'day_out_of_range',
          `days: ${day} is not within the last ${String(MAX_COUNT_AGE_DAYS)} days`,
        );
      }
      return { day, counts: Object.entries(counts).map(([key, count]) => toCounter(key, count)) };
    });
    if (new Set(days.map((day) => day.day)).size !== days.length) {
      throw new InvalidInputError('duplicate_day', 'days: each day appears once in a batch');
    }
    await this.repository.addUsageCounts(days);
  }

  async targets(): Promise<ImpactTargets> {
    const stored = await this.repository.getSetting(TARGETS_SETTING);
    if (stored !== undefined) {
      const parsed = ImpactTargetsSchema.safeParse(JSON.parse(stored));
      if (parsed.success) return parsed.data;
    }
    const first = (await this.repository.firstActivityMonth()) ?? monthOf(this.now());
    return defaultTargets(first);
  }

  /** The targets as the workspace reads them: structure and platform admins only. */
  async targetsFor(actor: Actor): Promise<ImpactTargets> {
    if (actor.role === 'professional') {
      throw await this.refuse(actor, 'The impact dashboard is for structure and platform admins.');
    }
    return this.targets();
  }

  async saveTargets(actor: Actor, targets: ImpactTargets): Promise<ImpactTargets> {
    if (!isPlatformAdmin(actor)) throw await this.refuse(actor, 'Only platform admins set the targets.');
    if (targets.programmeStart > monthOf(this.now())) {
      throw new InvalidInputError(
        'start_in_future',
        'programmeStart: the programme cannot start in the future',
      );
    }
    const now = this.now();
    await this.deps.transact(async ({ impact, audit }) => {
      await impact.putSetting(TARGETS_SETTING, JSON.stringify(targets), actor.userId, now);
      await audit.record(auditOf(actor, 'impact.targets_update', null, IMPACT_SUBJECT), now);
    });
    return targets;
  }

  async report(actor: Actor, query: ImpactQuery): Promise<ImpactReport> {
    const scope = await this.scopeOf(actor, query);
    const settings = await this.targets();
    const now = this.now();
    const current = monthOf(now);
    const available = startedYears(settings.programmeStart, current);
    if (query.year > available) {
      throw new InvalidInputError(
        'year_not_started',
        `year: programme year ${String(query.year)} has not started`,
      );
    }
    const year = programmeYear(settings.programmeStart, query.year, current);
    const names = scope.kind === 'platform' ? await this.repository.structureNames() : undefined;
    const shown = await this.yearReport(year, scope, names, settings.programmeStart);
    const base = {
      scope: scope.kind === 'platform' ? { kind: 'platform' as const } : scope,
      year: { number: year.number, from: year.from, to: year.to, available },
      months: [...year.months],
      threshold: 5,
      generatedAt: now.toISOString(),
      ...(shown.usage === undefined ? {} : { usage: shown.usage }),
      patients: shown.patients,
      requests: shown.requests,
    };
    if (scope.kind !== 'platform') return base;
    const years = new Map<number, YearReport>([[year.number, shown]]);
    for (let number = 1; number <= Math.min(3, available); number += 1) {
      if (!years.has(number)) {
        const other = programmeYear(settings.programmeStart, number, current);
        years.set(number, await this.yearReport(other, scope, names, settings.programmeStart));
      }
    }
    return { ...base, targets: targetsSection(settings, years, current) };
  }

  private async yearReport(
    year: ProgrammeYear,
    scope: Scope,
    names: ReadonlyMap<string, string> | undefined,
    programmeStart: string,
  ): Promise<YearReport> {
    const range = { fromMonth: year.from, toMonth: year.to };
    const structureId = scope.kind === 'structure' ? scope.structureId : undefined;
    const [usage, patients, requests] = await Promise.all([
      scope.kind === 'platform' ? this.repository.usageByMonth(range) : Promise.resolve(undefined),
      this.repository.patientsByMonth(range, structureId),
      this.repository.requestTimings(range, structureId, this.now()),
    ]);
    return buildYearReport({
      months: year.months,
      usage,
      patients,
      requests,
      structureNames: names,
      checkpointMonths:
        year.number === 1 ? year.months.filter((month) => month < addMonths(programmeStart, 6)) : [],
    });
  }

  /** Audits the refusal (issue 9: refused attempts are audited) and returns the 403 to throw. */
  private async refuse(actor: Actor, message: string, detail: AuditDetail = 'role'): Promise<ForbiddenError> {
    await this.deps.refusals.refuse(actor, IMPACT_SUBJECT, detail);
    return new ForbiddenError('forbidden', message);
  }

  private async scopeOf(actor: Actor, query: ImpactQuery): Promise<Scope> {
    if (isPlatformAdmin(actor)) {
      if (query.structureId === undefined) return { kind: 'platform' };
      return this.structureScope(query.structureId);
    }
    if (actor.role !== 'structure_admin' || actor.structureId === null) {
      throw await this.refuse(actor, 'The impact dashboard is for structure and platform admins.');
    }
    if (query.structureId !== undefined && query.structureId !== actor.structureId) {
      throw await this.refuse(actor, 'structureId: you can only see your own structure', 'other_structure');
    }
    return this.structureScope(actor.structureId);
  }

  private async structureScope(structureId: string): Promise<Scope> {
    const name = (await this.repository.structureNames()).get(structureId);
    if (name === undefined) throw new NotFoundError('structure_not_found', 'No such structure on Oz.');
    return { kind: 'structure', structureId, name };
  }
}

type Scope = { kind: 'platform' } | { kind: 'structure'; structureId: string; name: string };

function toCounter(key: string, count: number): DayCounts['counts'][number] {
  const event = parseUsageKey(key);
  if (event === undefined) throw new InvalidInputError('unknown_metric', `counts: unknown metric ${key}`);
  return { metric: event.metric, dimension: event.dimension ?? '', count };
}
