import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@oz/source'] },
  ssr: { resolve: { conditions: ['@oz/source'] } },
  test: { name: 'contracts', environment: 'node', include: ['src/**/*.test.ts'] },
});
