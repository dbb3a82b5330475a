// The care-structure directory. Portable DDL only (Kysely schema builder): the same migration runs on
// SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('structures')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('source_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('departement', 'text')
    .addColumn('insee_code', 'text')
    .addColumn('phone', 'text')
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('serves_adults', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('serves_young', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('serves_entourage', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('opening_hours', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('latitude', 'double precision', (column) => column.notNull())
    .addColumn('longitude', 'double precision', (column) => column.notNull())
    .addColumn('lat_band', 'integer', (column) => column.notNull())
    .addColumn('position_approximate', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('category_code', 'text')
    .addColumn('data_date', 'text')
    .addColumn('source_url', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('structures_source_unique', ['source', 'source_id'])
    .execute();

  // Nearest search: `lat_band IN (…) AND longitude BETWEEN …` walks only the rows of a bounding box
  // (both engines use an IN list on the leading column plus a range on the next one).
  await db.schema
    .createIndex('structures_spatial_idx')
    .on('structures')
    .columns(['status', 'lat_band', 'longitude'])
    .execute();

  // Snapshot cache key: max(updated_at) without a table scan.
  await db.schema.createIndex('structures_updated_idx').on('structures').column('updated_at').execute();

  await db.schema
    .createTable('structure_imports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('format', 'text', (column) => column.notNull())
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('data_date', 'text')
    .addColumn('inserted', 'integer', (column) => column.notNull())
    .addColumn('updated', 'integer', (column) => column.notNull())
    .addColumn('unchanged', 'integer', (column) => column.notNull())
    .addColumn('rejected', 'integer', (column) => column.notNull())
    .addColumn('imported_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('structure_imports').execute();
  await db.schema.dropTable('structures').execute();
}
