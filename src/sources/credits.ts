/**
 * Third-party code and data shipped in the page, with their licences.
 * A unit test checks this list against package.json's dependencies.
 */
export interface Credit {
  /** The npm package. */
  pkg: string;
  /** How it is named in the credits. */
  name: string;
  /** SPDX licence expression, as the package declares it. */
  license: string;
}

export const LIBRARY_CREDITS: readonly Credit[] = [
  { pkg: 'react', name: 'React', license: 'MIT' },
  { pkg: 'react-dom', name: 'React DOM', license: 'MIT' },
  { pkg: 'leaflet', name: 'Leaflet', license: 'BSD-2-Clause' },
  { pkg: 'react-leaflet', name: 'React Leaflet', license: 'Hippocratic-2.1' },
  { pkg: 'vis-timeline', name: 'vis-timeline', license: '(Apache-2.0 OR MIT)' },
  { pkg: 'vis-data', name: 'vis-data', license: '(Apache-2.0 OR MIT)' },
  { pkg: 'vis-util', name: 'vis-util', license: '(Apache-2.0 OR MIT)' },
  { pkg: 'moment', name: 'Moment.js', license: 'MIT' },
  { pkg: '@egjs/hammerjs', name: 'Hammer.js', license: 'MIT' },
  { pkg: 'propagating-hammerjs', name: 'propagating-hammerjs', license: 'MIT' },
  { pkg: 'keycharm', name: 'keycharm', license: '(Apache-2.0 OR MIT)' },
  { pkg: 'component-emitter', name: 'component-emitter', license: 'MIT' },
  { pkg: 'uuid', name: 'uuid', license: 'MIT' },
  { pkg: 'zustand', name: 'zustand', license: 'MIT' },
  { pkg: 'valibot', name: 'Valibot', license: 'MIT' },
  { pkg: 'topojson-client', name: 'TopoJSON client', license: 'ISC' },
  { pkg: 'world-atlas', name: 'world-atlas (Natural Earth shapes)', license: 'ISC' },
  {
    pkg: '@fontsource/noto-sans-arabic',
    name: 'Noto Sans Arabic (Fontsource)',
    license: 'OFL-1.1',
  },
  // Loaded only when used: offline use.
  { pkg: 'workbox-window', name: 'Workbox (window)', license: 'MIT' },
  { pkg: 'workbox-core', name: 'Workbox (core)', license: 'MIT' },
];
