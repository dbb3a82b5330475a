// OpenAPI description generated from the routes' zod schemas, and Swagger UI at /api/docs (its assets are
// served from the npm package: no CDN).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Oz API',
          description:
            'Care-structure directory and place search for Oz. Errors: { "error": { "code", "message" } }.',
          version: '0.1.0',
        },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
  },
  { name: 'oz-swagger' },
);
