/**
 * The map's static picture, made when building: the coarse basemap's
 * countries in Web Mercator, on the zoom-0 world of 256 px, in the colours
 * the map draws them with. MapPicture shows the part a view frames, until
 * Leaflet's map, which draws the same shapes in the same place, replaces it.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { PARTY_LAND, TOKENS } from '../lib/tokens.ts';
import { project } from './mercator.ts';

/** The id of the group MapPicture `<use>`s. */
export const PICTURE_ID = 'world';

/**
 * Coordinates are whole hundredths of a zoom-0 pixel (a third of a pixel at
 * zoom 5), each point after the first as a move from the one before.
 */
export const PICTURE_SCALE = 100;

/** The side of the picture's square world, in its units. */
export const PICTURE_SIDE = 256 * PICTURE_SCALE;

function ringPath(ring: readonly Position[]): string {
  let d = '';
  let px = 0;
  let py = 0;
  for (const [lng = 0, lat = 0] of ring) {
    const p = project(lat, lng);
    const x = Math.round(p.x * PICTURE_SCALE);
    const y = Math.round(p.y * PICTURE_SCALE);
    if (d && x === px && y === py) continue;
    // A minus sign separates numbers by itself.
    const dy = y - py < 0 ? String(y - py) : ` ${y - py}`;
    d += d ? `l${x - px}${dy}` : `M${x} ${y}`;
    px = x;
    py = y;
  }
  return d ? `${d}z` : '';
}

function geometryPath(geometry: Geometry | null): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return geometry.coordinates.map(ringPath).join('');
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.flatMap((polygon) => polygon.map(ringPath)).join('');
  if (geometry.type === 'GeometryCollection') return geometry.geometries.map(geometryPath).join('');
  return '';
}

/** The picture as an SVG document. */
export function worldPicture(countries: FeatureCollection): string {
  const land: string[] = [];
  const parties: string[] = [];
  for (const feature of countries.features) {
    const d = geometryPath(feature.geometry);
    if (!d) continue;
    const fill = PARTY_LAND[String(feature.id ?? '')];
    if (fill) parties.push(`<path fill="${fill}" d="${d}"/>`);
    else land.push(d);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PICTURE_SIDE} ${PICTURE_SIDE}">`,
    `<g id="${PICTURE_ID}" stroke="${TOKENS.border}" stroke-width="0.6" stroke-linejoin="round">`,
    `<path fill="${TOKENS.land}" vector-effect="non-scaling-stroke" d="${land.join('')}"/>`,
    ...parties.map((p) => p.replace('<path ', '<path vector-effect="non-scaling-stroke" ')),
    '</g></svg>',
  ].join('');
}
