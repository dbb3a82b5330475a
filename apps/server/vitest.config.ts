import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@oz/source'] },
  ssr: { resolve: { conditions: ['@oz/source'] } },
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Tests hash passwords (argon2id), build whole apps and talk to PostgreSQL while every workspace's tests
    // share 2 cores: these are hang guards, not speed assertions (speed is `npm run bench`).
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // @fastify/autoload imports the plugin and route files itself: inlined, its import() goes through Vitest's
    // module runner (which compiles TypeScript) instead of Node's loader.
    server: { deps: { inline: ['@fastify/autoload'] } },
  },
});
