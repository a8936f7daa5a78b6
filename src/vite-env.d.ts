/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional online tile layer, e.g. https://tile.example.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}

/** The two basemaps, repaired at build time (vite-plugins/basemap.ts). */
declare module 'virtual:basemap' {
  export const coarseUrl: string;
  export const detailUrl: string;
  /** The map's static picture: the 110m shapes in Web Mercator, as SVG. */
  export const pictureUrl: string;
}
