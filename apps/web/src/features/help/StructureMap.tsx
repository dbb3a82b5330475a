import type { Place, StructureWithDistance } from '@oz/contracts';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useHelpText } from './messages.js';

/*
 * The map, loaded only when the person opens it (this module and Leaflet are a separate chunk, and no tile is
 * requested before). Tile URL: VITE_OZ_TILE_URL at build time, default OpenStreetMap; the server's CSP must
 * allow the same host (OZ_TILE_URL). Markers are vector circles: no marker images to fetch. When tiles fail,
 * the list above stays complete and a notice says so.
 */
const TILE_URL: string =
  import.meta.env['VITE_OZ_TILE_URL'] ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export default function StructureMap(props: {
  readonly place: Place;
  readonly structures: readonly StructureWithDistance[];
}): ReactNode {
  const text = useHelpText();
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const { place, structures } = props;

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution: text('map.attribution') })
      .on('tileerror', () => setTilesFailed(true))
      .addTo(map);
    const points: L.LatLngExpression[] = [[place.latitude, place.longitude]];
    L.circleMarker([place.latitude, place.longitude], { radius: 6, color: '#b3541e', fillOpacity: 0.9 })
      .bindTooltip(place.label)
      .addTo(map);
    for (const structure of structures) {
      points.push([structure.latitude, structure.longitude]);
      L.circleMarker([structure.latitude, structure.longitude], {
        radius: 8,
        color: '#0f5f5c',
        fillOpacity: 0.7,
      })
        .bindPopup(
          L.Util.template('<strong>{name}</strong><br>{city}{full}', {
            name: escape(structure.name),
            city: escape(structure.city ?? ''),
            full: structure.acceptingNewPeople === false ? `<br>${escape(text('map.notAccepting'))}` : '',
          }),
        )
        .addTo(map);
    }
    map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 14 });
    return () => {
      map.remove();
    };
  }, [place, structures, text]);

  return (
    <section aria-label={text('map.title')}>
      {tilesFailed ? <p className="notice notice-caution small">{text('map.tilesFailed')}</p> : null}
      <div ref={container} className="help-map" />
    </section>
  );
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
