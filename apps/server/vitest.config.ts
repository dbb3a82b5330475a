import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@oz/source'] },
  ssr: { resolve: { conditions: ['@oz/source'] } },
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // @fastify/autoload imports the plugin and route files itself: inlined, its import() goes through Vitest's
    // module runner (which compiles TypeScript) instead of Node's loader.
    server: { deps: { inline: ['@fastify/autoload'] } },
  },
});
