// The offline place index (communes and postal codes), built once from the shipped CSV files.
import { join } from 'node:path';
import fp from 'fastify-plugin';
import { COMMUNES_FILE, POSTAL_CODES_FILE } from '../../directory/shipped-data.js';
import { PlacesIndex } from '../../places/places-index.js';

declare module 'fastify' {
  interface FastifyInstance {
    places: PlacesIndex;
  }
}

export default fp(
  async (app) => {
    const dataDir = app.config.OZ_SHIPPED_DATA_DIR;
    const places =
      app.ozOptions.places ??
      PlacesIndex.fromFiles(join(dataDir, COMMUNES_FILE), join(dataDir, POSTAL_CODES_FILE));
    app.decorate('places', places);
    app.log.info(places.size, 'places index ready');
  },
  { name: 'oz-places' },
);
