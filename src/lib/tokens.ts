/**
 * The design's colours (docs/design.md), defined once. The stylesheet gets
 * them as CSS custom properties (`--ink`, `--cat-diplomatic`, …) generated
 * at build time from this module (vite-plugins/tokens.ts); the map's
 * canvas and SVG layers and the build's preview images and print figure
 * take them from here. Text colours pass WCAG AA (4.5:1) on `paper` and
 * `surface` (a unit test checks it).
 */
export const TOKENS = {
  ink: '#1c2430',
  muted: '#4f5966',
  paper: '#f7f5f0',
  surface: '#ffffff',
  surfaceSunk: '#f1eee7',
  line: '#d9d4c8',
  lineStrong: '#b9b2a3',
  accent: '#245a8c',
  accentSoft: '#e6eef6',
  focus: '#0b57d0',
  select: '#fff1bf',
  selectLine: '#8a6300',
  warnBg: '#fff8e1',
  warnLine: '#d9b54a',
  errorBg: '#fdecea',
  errorLine: '#d9867f',
  stateInk: '#6b4300',
  stateBg: '#fff2d6',
  criticalInk: '#52297a',
  criticalBg: '#f2eafa',

  /** The map. */
  sea: '#bcd5e8',
  land: '#eeeadf',
  border: '#8a8f7a',
  /** The two countries on the basemap (and the preview images' maps). */
  cubaLand: '#d9a441',
  syriaLand: '#c7653f',
  /** Their embassy pins: the same hues, dark enough for the white glyph (3:1). */
  cubaPin: '#8a5a08',
  syriaPin: '#8f3a1c',
  /** The line between the embassies, and the same line when the selected event concerns both. */
  arc: '#2f5d8a',
  arcHighlight: '#b3261e',
  /** Other places: a ring (a site) or a dashed ring (a region); the selected place's ring. */
  placeLine: '#5a4a7a',
  placeFill: '#ffffff',
  regionFill: '#ece6f5',
  selectedLine: '#b3261e',
  selectedFill: '#fbe4e2',

  /** One colour a category (with a shape each, so that colour is never the only cue). */
  catDiplomatic: '#1f6fb2',
  catPolitical: '#8a3ea8',
  catCultural: '#1b7f53',
  catEconomic: '#9a6100',
  catCooperation: '#b0306e',
  catConflict: '#b3261e',
  catEra: '#667080',
} as const;

/**
 * The land of the two parties, by ISO 3166 numeric code, in their own
 * colours: on the map, its static picture and the preview images.
 */
export const PARTY_LAND: Readonly<Record<string, string>> = {
  '192': TOKENS.cubaLand,
  '760': TOKENS.syriaLand,
};

export type Token = keyof typeof TOKENS;

/** `catDiplomatic` → `--cat-diplomatic`. */
export function cssName(token: Token): string {
  return `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The custom properties the stylesheet reads, as one `:root` rule. */
export function tokensCss(): string {
  const lines = (Object.keys(TOKENS) as Token[]).map((t) => `  ${cssName(t)}: ${TOKENS[t]};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** A category's colour. */
export function categoryColor(category: string): string {
  const key = `cat${category.charAt(0).toUpperCase()}${category.slice(1)}` as Token;
  return key in TOKENS ? TOKENS[key] : TOKENS.muted;
}
