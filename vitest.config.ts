import { defineConfig } from 'vitest/config';

// One Vitest run covers every workspace; each project has its own config
// (environment, setup). `npm test` adds the e2e suite on top.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
