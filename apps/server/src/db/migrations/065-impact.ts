// Impact without tracking (issue 12). `usage_counts` holds the app's anonymous counts as per-day counters and
// nothing else: no identifier, no address, no user agent, no time finer than the day (docs/privacy.md).
// Contact requests get the coarse facts a person agreed to share for statistics and the département of the
// request (the postal code itself is erased at the retention purge, the département is not identifying).
// `impact_settings` keeps the programme managers' targets.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('usage_counts')
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('metric', 'text', (column) => column.notNull())
    .addColumn('dimension', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('usage_counts_pk', ['day', 'metric', 'dimension'])
    .execute();

  await db.schema.alterTable('contact_requests').addColumn('stat_age_band', 'text').execute();
  await db.schema.alterTable('contact_requests').addColumn('stat_sex', 'text').execute();
  await db.schema.alterTable('contact_requests').addColumn('stat_level', 'text').execute();
  await db.schema.alterTable('contact_requests').addColumn('stat_departement', 'text').execute();
  await db.schema
    .createIndex('contact_requests_contacted_idx')
    .on('contact_requests')
    .column('contacted_at')
    .execute();

  await db.schema
    .createTable('impact_settings')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('impact_settings').execute();
  await db.schema.dropIndex('contact_requests_contacted_idx').execute();
  for (const column of ['stat_departement', 'stat_level', 'stat_sex', 'stat_age_band']) {
    await db.schema.alterTable('contact_requests').dropColumn(column).execute();
  }
  await db.schema.dropTable('usage_counts').execute();
}
