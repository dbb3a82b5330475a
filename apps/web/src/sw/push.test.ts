import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { LocalReminder } from '../features/reminders/model.js';
import { notificationFor, openApp, pushKindOf } from './push.js';
import { readReminderContext } from './reminder-store.js';

function aReminder(overrides: Partial<LocalReminder> = {}): LocalReminder {
  return {
    key: 'current',
    schedule: { weekdays: [1, 2, 3, 4, 5, 6, 7], time: '20:00', timeZone: 'Europe/Paris' },
    message: { kind: 'preset', preset: 'evening' },
    paused: false,
    server: { id: 'id', token: 'token', endpoint: 'https://push.example/1' },
    updatedAt: '2026-11-18T09:00:00.000Z',
    ...overrides,
  };
}

/** A database like the app's (stores `settings` and `reminders`) in a fresh, isolated fake IndexedDB. */
async function factoryWith(locale: 'fr' | 'en', reminder: LocalReminder | null): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const database = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open('oz', 4);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('settings', { keyPath: 'key' });
      request.result.createObjectStore('reminders', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
  });
  const tx = database.transaction(['settings', 'reminders'], 'readwrite');
  tx.objectStore('settings').put({ key: 'preferences', value: { locale } });
  if (reminder !== null) tx.objectStore('reminders').put(reminder);
  await new Promise((resolve) => {
    tx.oncomplete = resolve;
  });
  database.close();
  return factory;
}

describe('push payloads', () => {
  it.each([
    ['{"kind":"reminder"}', 'reminder'],
    ['{"kind":"test"}', 'test'],
    [null, 'reminder'],
    ['not json', 'reminder'],
  ] as const)('%s is a %s', (text, kind) => {
    expect(pushKindOf(text)).toBe(kind);
  });
});

describe('the notification shown for a push', () => {
  it('shows the preset the person chose, in their language', () => {
    const shown = notificationFor('reminder', {
      kind: 'read',
      context: { locale: 'en', reminder: aReminder() },
    });
    expect(shown.title).toBe('Oz');
    expect(shown.options.body).toBe('How was your day? Oz is here if you want to log it.');
    expect(shown.options.lang).toBe('en');
    expect(shown.options.tag).toBe('oz-reminder');
    expect(shown.options.data.url).toBe('/');
  });

  it('shows the person’s own text', () => {
    const shown = notificationFor('reminder', {
      kind: 'read',
      context: { locale: 'fr', reminder: aReminder({ message: { kind: 'custom', text: 'Mon carnet' } }) },
    });
    expect(shown.options.body).toBe('Mon carnet');
  });

  it('falls back to a discreet default when the device cannot be read', () => {
    const shown = notificationFor('reminder', { kind: 'unavailable' });
    expect(shown.options.body).toBe('Un moment pour noter votre journée\u00a0?');
    expect(shown.options.body).not.toMatch(/alcool/i);
  });

  it('gives a test its own tag, so it alerts even when a reminder is on screen', () => {
    expect(notificationFor('test', { kind: 'unavailable' }).options.tag).toBe('oz-reminder-test');
  });
});

describe('reading the reminder from the device', () => {
  it('reads the text and the language the app saved', async () => {
    const factory = await factoryWith('en', aReminder());
    const outcome = await readReminderContext(factory);
    expect(outcome).toEqual({ kind: 'read', context: { locale: 'en', reminder: aReminder() } });
  });

  it('says when no reminder is saved any more', async () => {
    const factory = await factoryWith('fr', null);
    expect(await readReminderContext(factory)).toEqual({
      kind: 'read',
      context: { locale: 'fr', reminder: null },
    });
  });

  it('never creates the app’s database when it does not exist', async () => {
    const factory = new IDBFactory();
    expect(await readReminderContext(factory)).toEqual({ kind: 'unavailable' });
    expect(await factory.databases()).toEqual([]);
  });
});

describe('a click on the notification', () => {
  function scopeWith(windows: { url: string; focus: () => Promise<unknown> }[]) {
    const openWindow = vi.fn(async () => null);
    const scope = {
      location: { origin: 'https://oz.example' },
      clients: { matchAll: vi.fn(async () => windows), openWindow },
    };
    return { scope: scope as unknown as ServiceWorkerGlobalScope, openWindow };
  }

  it('focuses an open Oz window without navigating it (nothing typed is lost)', async () => {
    const focus = vi.fn(async () => undefined);
    const { scope, openWindow } = scopeWith([{ url: 'https://oz.example/journal/ajouter', focus }]);
    await openApp(scope, '/');
    expect(focus).toHaveBeenCalledTimes(1);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens the app when no window is open', async () => {
    const { scope, openWindow } = scopeWith([]);
    await openApp(scope, '/');
    expect(openWindow).toHaveBeenCalledWith('https://oz.example/');
  });
});
