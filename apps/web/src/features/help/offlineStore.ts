import type { Place, PostalCodeTable, Structure, StructureSnapshot } from '@oz/contracts';
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { fetchPostalCodes, fetchSnapshot } from './api.js';

/*
 * The directory kept on the device for offline search: the structure snapshot and the postal-code table, each
 * with its ETag (revalidated in the background when online). A database of its own, separate from the diary's:
 * it holds only public data and can be dropped at any time.
 */
interface Cached<T> {
  readonly etag: string;
  readonly savedAt: string;
  readonly body: T;
}

/** Places found online, by what was typed, so the same name also works offline. */
interface RecentPlaces {
  readonly places: readonly { readonly typed: string; readonly place: Place }[];
}

interface HelpCacheSchema extends DBSchema {
  cache: {
    key: 'snapshot' | 'postal-codes' | 'recent-places';
    value: Cached<StructureSnapshot> | Cached<PostalCodeTable> | Cached<RecentPlaces>;
  };
}

const RECENT_PLACES_KEPT = 20;

export const HELP_CACHE_DB = 'oz-help-cache';

let database: Promise<IDBPDatabase<HelpCacheSchema>> | undefined;

function open(): Promise<IDBPDatabase<HelpCacheSchema>> {
  // Version 2 only makes sure the store exists: a database created empty at version 1 (by a probe that opened
  // it without a version before the directory was first saved) gets its store too.
  database ??= openDB<HelpCacheSchema>(HELP_CACHE_DB, 2, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('cache')) db.createObjectStore('cache');
    },
  });
  return database;
}

export interface OfflineDirectory {
  readonly snapshot: Cached<StructureSnapshot> | undefined;
  readonly postalCodes: Cached<PostalCodeTable> | undefined;
}

/** Nothing saved (yet, or unreadable). */
export const NO_DIRECTORY: OfflineDirectory = { snapshot: undefined, postalCodes: undefined };

function isSnapshot(
  value: HelpCacheSchema['cache']['value'] | undefined,
): value is Cached<StructureSnapshot> {
  return value !== undefined && 'structures' in value.body;
}

type DeclaredKeys = 'waitTimeDays' | 'acceptingNewPeople' | 'availabilityDeclaredAt';
type SavedStructure = Omit<Structure, DeclaredKeys> & Partial<Pick<Structure, DeclaredKeys>>;

/**
 * A snapshot saved before structures declared their availability (issue 5) lacks those fields: read them as
 * « not declared » so offline search keeps working until the next online refresh replaces the copy.
 */
function withDeclaredDefaults(saved: Cached<StructureSnapshot>): Cached<StructureSnapshot> {
  const structures = saved.body.structures.map((structure: SavedStructure): Structure => ({
    ...structure,
    waitTimeDays: structure.waitTimeDays ?? null,
    acceptingNewPeople: structure.acceptingNewPeople ?? null,
    availabilityDeclaredAt: structure.availabilityDeclaredAt ?? null,
  }));
  return { ...saved, body: { ...saved.body, structures } };
}

function isPostalCodes(
  value: HelpCacheSchema['cache']['value'] | undefined,
): value is Cached<PostalCodeTable> {
  return value !== undefined && 'postalCodes' in value.body;
}

function isRecentPlaces(value: HelpCacheSchema['cache']['value'] | undefined): value is Cached<RecentPlaces> {
  return value !== undefined && 'places' in value.body;
}

/** « Saint-Étienne » and « saint etienne » are the same typed place. */
export function typedKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export async function rememberPlace(typed: string, place: Place, now: Date): Promise<void> {
  const db = await open();
  const stored = await db.get('cache', 'recent-places');
  const key = typedKey(typed);
  const others = isRecentPlaces(stored) ? stored.body.places.filter((entry) => entry.typed !== key) : [];
  const places = [{ typed: key, place }, ...others].slice(0, RECENT_PLACES_KEPT);
  await db.put('cache', { etag: '', savedAt: now.toISOString(), body: { places } }, 'recent-places');
}

export async function recallPlace(typed: string): Promise<Place | undefined> {
  const stored = await (await open()).get('cache', 'recent-places');
  const key = typedKey(typed);
  return isRecentPlaces(stored) ? stored.body.places.find((entry) => entry.typed === key)?.place : undefined;
}

export async function loadOfflineDirectory(): Promise<OfflineDirectory> {
  const db = await open();
  const [snapshot, postalCodes] = await Promise.all([
    db.get('cache', 'snapshot'),
    db.get('cache', 'postal-codes'),
  ]);
  return {
    snapshot: isSnapshot(snapshot) ? withDeclaredDefaults(snapshot) : undefined,
    postalCodes: isPostalCodes(postalCodes) ? postalCodes : undefined,
  };
}

/** Revalidates both files with their ETags and stores what changed. Throws when offline. */
export async function refreshOfflineDirectory(
  current: OfflineDirectory,
  now: Date,
): Promise<OfflineDirectory> {
  const db = await open();
  const [snapshot, postalCodes] = await Promise.all([
    fetchSnapshot(current.snapshot?.etag),
    fetchPostalCodes(current.postalCodes?.etag),
  ]);
  const savedAt = now.toISOString();
  const nextSnapshot =
    snapshot.body === undefined ? current.snapshot : { etag: snapshot.etag, savedAt, body: snapshot.body };
  const nextPostalCodes =
    postalCodes.body === undefined
      ? current.postalCodes
      : { etag: postalCodes.etag, savedAt, body: postalCodes.body };
  if (nextSnapshot !== undefined && snapshot.body !== undefined)
    await db.put('cache', nextSnapshot, 'snapshot');
  if (nextPostalCodes !== undefined && postalCodes.body !== undefined)
    await db.put('cache', nextPostalCodes, 'postal-codes');
  return { snapshot: nextSnapshot, postalCodes: nextPostalCodes };
}
