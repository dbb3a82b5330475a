import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  resolve: { conditions: ['@oz/source'] },
  ssr: { resolve: { conditions: ['@oz/source'] } },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    // Whole-app tests type and click through several screens; on a shared 2-core machine they can
    // take seconds. This is a hang guard, not a speed assertion.
    testTimeout: 20_000,
  },
});
