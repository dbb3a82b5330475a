import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OzSchema } from './schema.js';

type UpgradeTx = IDBPTransaction<OzSchema, StoreNames<OzSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<OzSchema>, tx: UpgradeTx) => void;

/**
 * Migration n brings the database from version n-1 to n. They run in order inside the single
 * 'versionchange' transaction, so an interrupted upgrade leaves the old version intact.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (db) => {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('screenings', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  2: (db, tx) => {
    tx.objectStore('entries').createIndex('by-date', 'date');
    db.createObjectStore('days', { keyPath: 'date' });
    db.createObjectStore('goals', { keyPath: 'id' });
    db.createObjectStore('customDrinks', { keyPath: 'id' });
  },
  3: (db) => {
    db.createObjectStore('outbox', { keyPath: 'key' });
    db.createObjectStore('contactRequests', { keyPath: 'localId' });
    db.createObjectStore('shares', { keyPath: 'id' });
  },
  4: (db) => {
    db.createObjectStore('reminders', { keyPath: 'key' });
  },
  5: (db) => {
    db.createObjectStore('cravings', { keyPath: 'id' }).createIndex('by-date', 'date');
    db.createObjectStore('plans', { keyPath: 'id' });
    db.createObjectStore('motivation', { keyPath: 'key' });
    db.createObjectStore('rulers', { keyPath: 'id' });
  },
  6: (db) => {
    db.createObjectStore('wellbeing', { keyPath: 'id' }).createIndex('by-date', 'date');
    db.createObjectStore('badgeViews', { keyPath: 'id' });
  },
  7: (db) => {
    db.createObjectStore('programmeRuns', { keyPath: 'id' });
  },
};

export function migrate(
  db: IDBPDatabase<OzSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`No migration to database version ${String(version)}`);
    step(db, tx);
  }
}
