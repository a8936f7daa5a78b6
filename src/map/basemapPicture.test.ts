import { describe, expect, it } from 'vitest';
import { basemapSvg } from '../../vite-plugins/basemap';
import { TOKENS } from '../lib/tokens';
import { PICTURE_ID, PICTURE_SCALE, worldPicture } from './basemapPicture';
import { project } from './mercator';

/** The absolute points of each ring of a path written with M, l and z. */
function rings(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const numbers = (ring.match(/-?\d+/g) ?? []).map(Number);
      const points: [number, number][] = [];
      let x = 0;
      let y = 0;
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        x = i === 0 ? numbers[0]! : x + numbers[i]!;
        y = i === 0 ? numbers[1]! : y + numbers[i + 1]!;
        points.push([x, y]);
      }
      return points;
    });
}

describe('worldPicture', () => {
  const square = (id: string, lng: number, lat: number): GeoJSON.Feature => ({
    type: 'Feature',
    id,
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng, lat],
          [lng + 1, lat],
          [lng + 1, lat + 1],
          [lng, lat + 1],
          [lng, lat],
        ],
      ],
    },
  });

  it('draws each country in Web Mercator, the parties in their colours', () => {
    const svg = worldPicture({
      type: 'FeatureCollection',
      features: [square('004', 10, 20), square('192', -80, 22)],
    });
    expect(svg).toContain(`id="${PICTURE_ID}"`);
    const paths = [...svg.matchAll(/<path[^>]*fill="([^"]+)"[^>]*d="([^"]+)"/g)];
    expect(paths.map((p) => p[1])).toEqual([TOKENS.land, TOKENS.cubaLand]);
    const [first] = rings(paths[0]![2]!);
    const corner = project(20, 10);
    expect(first![0]).toEqual([
      Math.round(corner.x * PICTURE_SCALE),
      Math.round(corner.y * PICTURE_SCALE),
    ]);
    const far = project(21, 11);
    expect(first![2]).toEqual([
      Math.round(far.x * PICTURE_SCALE),
      Math.round(far.y * PICTURE_SCALE),
    ]);
  });

  it('has no ring that crosses the world (no bands from the antimeridian or the poles)', () => {
    const svg = basemapSvg();
    const width = 256 * PICTURE_SCALE;
    let widest = 0;
    for (const [, d] of svg.matchAll(/ d="([^"]+)"/g))
      for (const ring of rings(d!))
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1]!, ring[i]!];
          // Along the world's bottom edge (Antarctica closed at the pole) is no band.
          const alongEdge = [a, b].every(([, y]) => y <= 1 || y >= width - 1);
          if (!alongEdge) widest = Math.max(widest, Math.abs(b[0] - a[0]));
        }
    expect(widest).toBeGreaterThan(0);
    expect(widest).toBeLessThan(width / 4);
  });
});
