import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { notifyChange } from '../../storage/notify.js';
import { saveEntry } from '../../storage/repositories.js';
import { newEntry } from '../diary/model.js';
import { aCatalogueDrink } from '../recommendation/recommendation.fixture.js';
import { loadDeviceEvidence } from './pathway.js';

describe('reading the device for the live recommendation', () => {
  beforeEach(freshDatabase);

  it('shares one read among the callers that ask while it runs', async () => {
    const first = loadDeviceEvidence();
    expect(loadDeviceEvidence()).toBe(first);
    await first;
    // Done: the next caller reads again.
    const later = loadDeviceEvidence();
    expect(later).not.toBe(first);
    await later;
  });

  it('never gives a caller after a write a read that started before it', async () => {
    const before = loadDeviceEvidence();
    // What every write does once written (storage/notify.ts).
    notifyChange('diary');
    const after = loadDeviceEvidence();
    expect(after).not.toBe(before);
    await Promise.all([before, after]);
    await saveEntry(newEntry(aCatalogueDrink('beer-half'), 1, today(), '20:00'));
    expect((await loadDeviceEvidence()).diary.entries).toHaveLength(1);
  });
});
