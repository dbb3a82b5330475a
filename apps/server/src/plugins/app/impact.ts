// Impact without tracking (issue 12): the anonymous counters and the programme managers' dashboard.
import fp from 'fastify-plugin';
import { ImpactRepository } from '../../db/repositories/impact.repository.js';
import { ImpactService } from '../../impact/impact-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    impact: ImpactService;
  }
}

export default fp(
  async (app) => {
    app.decorate('impact', new ImpactService(new ImpactRepository(app.database.db), app.ozOptions.now));
  },
  { name: 'oz-impact', dependencies: ['oz-database'] },
);
