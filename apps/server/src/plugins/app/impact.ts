// Impact without tracking (issue 12): the anonymous counters and the programme managers' dashboard, on the
// workspace's store (its writes and their audit entries commit together) and its audited refusals.
import fp from 'fastify-plugin';
import { ImpactService } from '../../impact/impact-service.js';
import { AccessRefusals } from '../../pro/access.js';

declare module 'fastify' {
  interface FastifyInstance {
    impact: ImpactService;
  }
}

export default fp(
  async (app) => {
    const { repositories: reads, transact } = app.store;
    const now = app.ozOptions.now;
    app.decorate(
      'impact',
      new ImpactService({ transact, reads, refusals: new AccessRefusals(reads.audit, now), now }),
    );
  },
  { name: 'oz-impact', dependencies: ['oz-database', 'oz-pro'] },
);
