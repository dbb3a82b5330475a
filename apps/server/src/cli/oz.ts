// `npm run oz -- <command>`: operator commands.
//   import-structures --format finess|csv [--data-date YYYY-MM-DD] FILE
//   db:migrate
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import type { OzConfig } from '../config.js';
import { StructuresRepository } from '../db/repositories/structures.repository.js';
import { IMPORT_FORMATS, describeImport, importStructuresFile } from '../directory/import-structures.js';
import type { ImportFormat } from '../directory/import-structures.js';
import { COMMUNES_FILE, POSTAL_CODES_FILE } from '../directory/shipped-data.js';
import { ImportFileError } from '../directory/structure-record.js';
import { PlacesIndex } from '../places/places-index.js';
import { openMigratedDatabase } from './open-database.js';
import { CREATE_USER_USAGE, CreateUserUsageError, createUserCommand } from './create-user.js';

const USAGE = `Usage:
  npm run oz -- import-structures --format finess|csv [--data-date YYYY-MM-DD] FILE
  npm run oz -- db:migrate
  ${CREATE_USER_USAGE}`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (command === 'db:migrate') return migrate(config);
  if (command === 'import-structures') return importStructures(config, rest);
  if (command === 'create-user') return createUserCommand(config, rest);
  throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
}

async function migrate(config: OzConfig): Promise<void> {
  const { database, migrations } = await openMigratedDatabase(config);
  try {
    console.log(
      `${database.kind}: ${migrations.length} migration(s) applied${migrations.length ? `: ${migrations.join(', ')}` : ''}`,
    );
  } finally {
    await database.destroy();
  }
}

async function importStructures(config: OzConfig, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' }, 'data-date': { type: 'string' } },
    allowPositionals: true,
  });
  const format = IMPORT_FORMATS.find((known) => known === values.format);
  if (format === undefined) throw new UsageError('--format must be finess or csv');
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('give exactly one FILE');
  const places = PlacesIndex.fromFiles(
    join(config.OZ_SHIPPED_DATA_DIR, COMMUNES_FILE),
    join(config.OZ_SHIPPED_DATA_DIR, POSTAL_CODES_FILE),
  );
  const { database } = await openMigratedDatabase(config);
  try {
    const summary = await importStructuresFile(
      {
        path: fromInvocationDirectory(file),
        format: format satisfies ImportFormat,
        dataDate: values['data-date'],
        now: new Date(),
      },
      places,
      new StructuresRepository(database.db),
    );
    console.log(describeImport(summary));
  } finally {
    await database.destroy();
  }
}

/** npm runs workspace scripts in apps/server: read FILE relative to where the operator typed the command. */
function fromInvocationDirectory(file: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof CreateUserUsageError)
    console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof ImportFileError)
    console.error(`Import refused, nothing was written: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
