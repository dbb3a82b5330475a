import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` waits for lazy screen chunks and IndexedDB work. Testing Library's default (1 s) is too short when
// every workspace's tests share 2 cores in one run; this is a hang guard, not a speed assertion.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
