// GET /api/structures — nearest open care structures to a place; GET /api/structures/:id — one structure.
// (No index.ts in this folder: @fastify/autoload would then load only the index, not snapshot.ts.)
// Both answer from the in-memory index (ADR 0006) with JSON assembled from pieces serialised when the index
// was built; the response schemas still document them (OpenAPI) and the tests parse answers against them.
import {
  AmbiguousPlaceResponseSchema,
  ApiErrorSchema,
  StructureIdParamsSchema,
  StructureSchema,
  StructureSearchQuerySchema,
  StructureSearchResponseSchema,
} from '@oz/contracts';
import type { StructureSearchQuery } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { NotFoundError } from '../../../errors.js';
import { searchQueryValidatorCompiler } from '../../../directory/coordinates-query.js';
import type { DirectoryIndex } from '../../../directory/directory-index.js';
import { SearchAnswers } from '../../../directory/search-answers.js';
import { JSON_TYPE } from '../../../prebuilt-json.js';
import type { PrebuiltJson } from '../../../prebuilt-json.js';

type StructureIdParams = z.infer<typeof StructureIdParamsSchema>;

const structuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const answers = new SearchAnswers(app.places);

  app.get<{ Querystring: StructureSearchQuery; Reply: PrebuiltJson }>(
    '/',
    {
      schema: {
        summary: 'Nearest open structures to a postal code, a commune or coordinates, sorted by distance',
        description:
          'An ambiguous commune name answers 409 with `candidates` (send one back as `near`); an unknown place 404. ' +
          'Structures on Oz carry their self-declared `waitTimeDays`, `acceptingNewPeople` and ' +
          '`availabilityDeclaredAt` (null otherwise); one that takes no new people is ranked as if it were ' +
          'max(distance + 10 km, distance × 1.5) away (`orientationDistanceKm`), `distanceKm` stays the real distance.',
        tags: ['structures'],
        querystring: StructureSearchQuerySchema,
        response: {
          200: StructureSearchResponseSchema,
          400: ApiErrorSchema,
          404: ApiErrorSchema,
          409: AmbiguousPlaceResponseSchema,
          429: ApiErrorSchema,
        },
      },
      // The plain `lat`/`lon` query read without zod (coordinates-query.ts); everything else as on other routes.
      validatorCompiler: searchQueryValidatorCompiler,
    },
    (request, reply) => {
      const answer = (index: DirectoryIndex): void => {
        reply.type(JSON_TYPE).send(answers.body(index, request.query));
      };
      // The index as it is when fresh enough (nearly always): answered synchronously, no promise on the way.
      const fresh = app.directory.currentIfFresh();
      if (fresh === undefined) return app.directory.current().then(answer);
      answer(fresh);
      return undefined;
    },
  );

  app.get<{ Params: StructureIdParams; Reply: PrebuiltJson }>(
    '/:id',
    {
      schema: {
        summary: 'One open structure',
        tags: ['structures'],
        params: StructureIdParamsSchema,
        response: { 200: StructureSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const json = (await app.directory.current()).structureJson(request.params.id);
      if (json === undefined)
        throw new NotFoundError('structure_not_found', `No open structure with id ${request.params.id}.`);
      return reply.type(JSON_TYPE).send(json);
    },
  );
};

export default structuresRoutes;
