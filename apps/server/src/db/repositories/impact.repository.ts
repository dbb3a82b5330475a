// Reads and writes of the impact dashboard (issue 12): the app's anonymous per-day counters, and counts of
// patients and requests read from the existing tables — always aggregated, never a list of people.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PatientCount, RequestTiming, UsageMonthCount } from '../../impact/impact-report.js';
import type { Database } from '../schema.js';
import { inTransaction } from '../transaction.js';

const HOUR_MS = 60 * 60 * 1000;

/** One day's counters as they arrive ('' is the dimension of a metric without one). */
export interface DayCounts {
  readonly day: string;
  readonly counts: readonly { readonly metric: string; readonly dimension: string; readonly count: number }[];
}

/** A period of months [fromMonth, toMonth] as UTC instants [from, to). */
export interface MonthRange {
  readonly fromMonth: string;
  readonly toMonth: string;
}

function instantRange(range: MonthRange): { from: string; to: string } {
  const [year = 1970, month = 1] = range.toMonth.split('-').map(Number);
  const next = new Date(Date.UTC(year, month, 1)).toISOString();
  return { from: `${range.fromMonth}-01T00:00:00.000Z`, to: next };
}

export class ImpactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds a batch to the counters in one transaction (a batch is counted whole or not at all). */
  async addUsageCounts(days: readonly DayCounts[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (const { day, counts } of days) {
        for (const { metric, dimension, count } of counts) {
          await trx
            .insertInto('usage_counts')
            .values({ day, metric, dimension, count })
            .onConflict((conflict) =>
              conflict
                .columns(['day', 'metric', 'dimension'])
                .doUpdateSet({ count: sql<number>`usage_counts.count + excluded.count` }),
            )
            .execute();
        }
      }
    });
  }

  /** Counters summed by month over [fromMonth, toMonth]. */
  async usageByMonth(range: MonthRange): Promise<UsageMonthCount[]> {
    const month = sql<string>`substr(day, 1, 7)`;
    const rows = await this.db
      .selectFrom('usage_counts')
      .select([month.as('month'), 'metric', 'dimension', sql<number | string>`sum(count)`.as('count')])
      .where('day', '>=', `${range.fromMonth}-01`)
      .where('day', '<=', `${range.toMonth}-31`)
      .groupBy([month, 'metric', 'dimension'])
      .execute();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /** The first month with any count or request, to default the programme's start. */
  async firstActivityMonth(): Promise<string | undefined> {
    const usage = await this.db
      .selectFrom('usage_counts')
      .select(sql<string | null>`min(day)`.as('first'))
      .executeTakeFirst();
    const request = await this.db
      .selectFrom('contact_requests')
      .select(sql<string | null>`min(created_at)`.as('first'))
      .executeTakeFirst();
    const firsts = [usage?.first, request?.first].filter((value) => typeof value === 'string');
    return firsts.sort()[0]?.slice(0, 7);
  }

  /**
   * Patients (issue 12): a person who had at least one real contact with a professional through Oz — a request
   * marked contacted (or beyond; `contacted_at` is set then and kept), by month of first contact; or an
   * accepted invitation, by month of acceptance.
   */
  async patientsByMonth(range: MonthRange, structureId: string | undefined): Promise<PatientCount[]> {
    const { from, to } = instantRange(range);
    const requestMonth = sql<string>`substr(contacted_at, 1, 7)`;
    let requests = this.db
      .selectFrom('contact_requests')
      .select([
        requestMonth.as('month'),
        'structure_id',
        'stat_age_band',
        'stat_sex',
        'stat_level',
        'stat_departement',
        sql<number | string>`count(*)`.as('count'),
      ])
      .where('contacted_at', '>=', from)
      .where('contacted_at', '<', to);
    if (structureId !== undefined) requests = requests.where('structure_id', '=', structureId);
    const requestRows = await requests
      .groupBy([requestMonth, 'structure_id', 'stat_age_band', 'stat_sex', 'stat_level', 'stat_departement'])
      .execute();
    const invitationMonth = sql<string>`substr(redeemed_at, 1, 7)`;
    let invitations = this.db
      .selectFrom('share_invitations')
      .select([invitationMonth.as('month'), 'structure_id', sql<number | string>`count(*)`.as('count')])
      .where('redeemed_at', '>=', from)
      .where('redeemed_at', '<', to);
    if (structureId !== undefined) invitations = invitations.where('structure_id', '=', structureId);
    const invitationRows = await invitations.groupBy([invitationMonth, 'structure_id']).execute();
    return [
      ...requestRows.map((row) => ({
        month: row.month,
        via: 'request' as const,
        structureId: row.structure_id,
        ageBand: row.stat_age_band,
        sex: row.stat_sex,
        level: row.stat_level,
        departement: row.stat_departement,
        count: Number(row.count),
      })),
      ...invitationRows.map((row) => ({
        month: row.month,
        via: 'invitation' as const,
        structureId: row.structure_id,
        ageBand: null,
        sex: null,
        level: null,
        departement: null,
        count: Number(row.count),
      })),
    ];
  }

  /** Requests created in the period, with the time to first contact (no other column is read). */
  async requestTimings(
    range: MonthRange,
    structureId: string | undefined,
    now: Date,
  ): Promise<RequestTiming[]> {
    const { from, to } = instantRange(range);
    let query = this.db
      .selectFrom('contact_requests')
      .select(['created_at', 'due_at', 'contacted_at'])
      .where('created_at', '>=', from)
      .where('created_at', '<', to);
    if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    const rows = await query.execute();
    return rows.map((row) => {
      const contacted = row.contacted_at === null ? null : Date.parse(row.contacted_at);
      const due = Date.parse(row.due_at);
      return {
        month: row.created_at.slice(0, 7),
        hoursToContact: contacted === null ? null : (contacted - Date.parse(row.created_at)) / HOUR_MS,
        settled: contacted !== null || due <= now.getTime(),
        answeredWithin48h: contacted !== null && contacted <= due,
      };
    });
  }

  async structureNames(): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('structure_profiles')
      .innerJoin('structures', 'structures.id', 'structure_profiles.structure_id')
      .select(['structures.id', 'structures.name'])
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async getSetting(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('impact_settings')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.value;
  }

  async putSetting(name: string, value: string, userId: string, now: Date): Promise<void> {
    await this.db
      .insertInto('impact_settings')
      .values({ name, value, updated_at: now.toISOString(), updated_by: userId })
      .onConflict((conflict) =>
        conflict.column('name').doUpdateSet({ value, updated_at: now.toISOString(), updated_by: userId }),
      )
      .execute();
  }
}
