import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { encodeBasemap } from '../src/map/basemapFormat.ts';
import { topologyToCountries, type Topology } from '../src/map/basemapGeometry.ts';
import { worldPicture } from '../src/map/basemapPicture.ts';

const ID = 'virtual:basemap';
const RESOLVED = `\0${ID}`;
const LEVELS = { coarse: 'countries-110m', detail: 'countries-50m' } as const;

function countries(name: string) {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8'),
  ) as Topology;
  return topologyToCountries(topology);
}

/** A world-atlas topology, repaired for Leaflet and encoded for the browser. */
export function basemapJson(name: string): string {
  return JSON.stringify(encodeBasemap(countries(name)));
}

/** The coarse basemap as the map's static picture (src/map/basemapPicture.ts). */
const PICTURE = LEVELS.coarse;
export function basemapSvg(): string {
  return worldPicture(countries(PICTURE));
}

/**
 * `import { coarseUrl, detailUrl, pictureUrl } from 'virtual:basemap'`: the
 * addresses of the two basemaps (Natural Earth 110m and 50m), whose rings
 * are repaired here, once, when building, instead of in every reader's
 * browser, and of the map's static picture (an SVG of the 110m shapes). In
 * a build they are hashed assets; in development they are served from memory.
 */
export function basemapPlugin(): Plugin {
  const cache = new Map<string, string>();
  const made = (key: string, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = make()));
    return text;
  };
  const json = (name: string) => made(name, () => basemapJson(name));
  const svg = () => made(`${PICTURE}.svg`, basemapSvg);
  let serve = false;
  let base = '/';
  return {
    name: 'cuba-syria:basemap',
    configResolved(config) {
      serve = config.command === 'serve';
      base = config.base;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const lines = Object.entries(LEVELS).map(([key, name]) => {
        if (serve)
          return `export const ${key}Url = ${JSON.stringify(`${base}@basemap/${name}.json`)};`;
        const ref = this.emitFile({ type: 'asset', name: `${name}.json`, source: json(name) });
        return `export const ${key}Url = import.meta.ROLLUP_FILE_URL_${ref};`;
      });
      if (serve)
        lines.push(
          `export const pictureUrl = ${JSON.stringify(`${base}@basemap/${PICTURE}.svg`)};`,
        );
      else {
        const ref = this.emitFile({ type: 'asset', name: `${PICTURE}.svg`, source: svg() });
        lines.push(`export const pictureUrl = import.meta.ROLLUP_FILE_URL_${ref};`);
      }
      return lines.join('\n');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.endsWith(`/@basemap/${PICTURE}.svg`)) {
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg());
          return;
        }
        const match = /\/@basemap\/(countries-(?:110m|50m))\.json$/.exec(req.url ?? '');
        if (!match?.[1]) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json(match[1]));
      });
    },
  };
}
