/**
 * Link-preview images (1200×630 PNG), drawn at build time without a browser:
 * an SVG written here (text fitted with the fonts' own metrics, a small map
 * projected with d3-geo from the bundled Natural Earth shapes) rasterised by
 * resvg with the same fonts. Dataset text only ever goes into SVG as escaped
 * text.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import opentype from 'opentype.js';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeLabels } from './labels';

const require = createRequire(import.meta.url);

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The app's palette (src/styles.css). */
const COLOURS = {
  paper: '#f7f5f0',
  ink: '#1c2430',
  muted: '#4f5966',
  line: '#d9d4c8',
  sea: '#bcd5e8',
  land: '#eeeadf',
  border: '#a9ab97',
  cuba: '#d9a441',
  syria: '#c7653f',
  arc: '#2f5d8a',
  accent: '#245a8c',
  select: '#b3261e',
  cat: {
    diplomatic: '#1f6fb2',
    political: '#8a3ea8',
    cultural: '#1b7f53',
    economic: '#9a6100',
    conflict: '#b3261e',
    era: '#6b7280',
  } as Record<string, string>,
};

const FONT_FILES = {
  latin: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  latinBold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabic:
    require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  arabicBold:
    require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
};

let fonts: Record<keyof typeof FONT_FILES, opentype.Font> | null = null;
function loadFonts() {
  if (!fonts) {
    const load = (path: string) => {
      const buffer = readFileSync(path);
      return opentype.parse(
        buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      );
    };
    fonts = {
      latin: load(FONT_FILES.latin),
      latinBold: load(FONT_FILES.latinBold),
      arabic: load(FONT_FILES.arabic),
      arabicBold: load(FONT_FILES.arabicBold),
    };
  }
  return fonts;
}

/** Width of a line of text at `size` px, glyph by glyph from whichever font has it. */
export function textWidth(text: string, size: number, bold = false): number {
  const f = loadFonts();
  const primary = bold ? f.latinBold : f.latin;
  const arabic = bold ? f.arabicBold : f.arabic;
  let width = 0;
  for (const ch of text) {
    const font = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(ch)
      ? arabic
      : primary;
    // Glyph by glyph, without shaping (opentype.js cannot shape every Arabic
    // lookup): close enough to wrap lines with room to spare.
    width += ((font.charToGlyph(ch).advanceWidth ?? 0) * size) / font.unitsPerEm;
  }
  return width;
}

/** Wraps text into at most `maxLines` lines of `width` px, cut between words with "…". */
export function wrapText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      // No room for what is left: end the last line with an ellipsis.
      let last = lines[maxLines - 1]!;
      while (last.includes(' ') && textWidth(`${last}…`, size, bold) > width)
        last = last.slice(0, last.lastIndexOf(' '));
      lines[maxLines - 1] = `${last.replace(/[\s,;:–—-]+$/u, '')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface MapPlace {
  lat: number;
  lng: number;
  kind: 'embassy' | 'other';
  /** An embassy's host country, for its colour. */
  country?: 'cuba' | 'syria';
  highlighted: boolean;
}

export interface PreviewContent {
  dir: 'ltr' | 'rtl';
  /** Small line above the title: the category and the date. */
  kicker: string;
  /** The category, for the kicker's colour; absent on the index page. */
  category?: string;
  title: string;
  /** A line under the title (the index page's span of years and count). */
  subtitle?: string;
  /** The site's name, at the bottom. */
  site: string;
  places: MapPlace[];
  /** The two embassies, joined by the arc. */
  arc?: [MapPlace, MapPlace];
  /** Whether the arc is drawn strong (the event concerns both countries). */
  arcStrong?: boolean;
  /** A short label for each place, in the order of `places` (the print figure's numbers). */
  labels?: readonly string[];
}

let land: GeoPermissibleObjects | null = null;
let countries: GeoJSON.FeatureCollection | null = null;
function shapes() {
  if (!land || !countries) {
    const topology = JSON.parse(
      readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
    ) as Topology;
    land = feature(topology, topology.objects.land as GeometryCollection) as GeoPermissibleObjects;
    countries = feature(
      topology,
      topology.objects.countries as GeometryCollection,
    ) as unknown as GeoJSON.FeatureCollection;
  }
  return { land, countries };
}

/** The map panel: Natural Earth countries, the embassies' arc and the event's places. */
function mapSvg(content: PreviewContent, x: number, y: number, w: number, h: number): string {
  const { countries } = shapes();
  const points = content.places.map((p) => [p.lng, p.lat] as [number, number]);
  const framed: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates:
        points.length > 0
          ? points
          : [
              [-82.37, 23.11],
              [36.28, 33.51],
            ],
    },
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [x + 50, y + 50],
      [x + w - 50, y + h - 50],
    ],
    framed,
  );
  // Never closer than a country's scale: a single place still shows its region.
  const minScale = 900;
  if (projection.scale() > minScale) {
    const centre = projection.invert?.([x + w / 2, y + h / 2]) ?? [0, 0];
    projection.scale(minScale).translate([x + w / 2, y + h / 2]);
    const shifted = projection(centre) ?? [x + w / 2, y + h / 2];
    const [tx, ty] = projection.translate();
    projection.translate([tx + (x + w / 2 - shifted[0]), ty + (y + h / 2 - shifted[1])]);
  }
  const path = geoPath(projection);
  const parts: string[] = [];
  parts.push(
    `<clipPath id="map"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18"/></clipPath>`,
  );
  parts.push(`<g clip-path="url(#map)">`);
  parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${COLOURS.sea}"/>`);
  for (const country of countries.features) {
    const id = String(country.id ?? '');
    const fill = id === '192' ? COLOURS.cuba : id === '760' ? COLOURS.syria : COLOURS.land;
    const d = path(country);
    if (d)
      parts.push(`<path d="${d}" fill="${fill}" stroke="${COLOURS.border}" stroke-width="0.7"/>`);
  }
  if (content.arc) {
    const [a, b] = content.arc;
    const d = path({
      type: 'LineString',
      coordinates: [
        [a.lng, a.lat],
        [b.lng, b.lat],
      ],
    });
    if (d)
      parts.push(
        `<path d="${d}" fill="none" stroke="${content.arcStrong ? COLOURS.select : COLOURS.arc}" stroke-width="${content.arcStrong ? 5 : 3.5}"${content.arcStrong ? '' : ' stroke-dasharray="10 8"'} stroke-linecap="round"/>`,
      );
  }
  const drawn: { x: number; y: number; label: string | undefined }[] = [];
  for (const [i, place] of content.places.entries()) {
    const p = projection([place.lng, place.lat]);
    if (!p) continue;
    drawn.push({ x: p[0], y: p[1], label: content.labels?.[i] });
    const [px, py] = p;
    if (place.kind === 'embassy') {
      const fill =
        place.country === 'cuba'
          ? '#8a5a08'
          : place.country === 'syria'
            ? '#8f3a1c'
            : COLOURS.accent;
      parts.push(
        `<circle cx="${px}" cy="${py}" r="${place.highlighted ? 13 : 10}" fill="${fill}" stroke="#fff" stroke-width="4"/>`,
      );
    } else {
      parts.push(
        `<circle cx="${px}" cy="${py}" r="${place.highlighted ? 13 : 9}" fill="#fff" stroke="${place.highlighted ? COLOURS.select : COLOURS.accent}" stroke-width="5"/>`,
      );
    }
  }
  parts.push(...placeLabels(drawn, { x, y, w, h }, COLOURS.ink, escapeXml));
  parts.push('</g>');
  parts.push(
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="none" stroke="${COLOURS.line}" stroke-width="2"/>`,
  );
  return parts.join('');
}

/** The preview as SVG (exported for tests). */
export function previewSvg(content: PreviewContent): string {
  const rtl = content.dir === 'rtl';
  const margin = 64;
  const mapW = 470;
  const mapH = OG_HEIGHT - 2 * margin;
  const textW = OG_WIDTH - 3 * margin - mapW;
  const mapX = rtl ? margin : OG_WIDTH - margin - mapW;
  const textX = rtl ? OG_WIDTH - margin : margin;
  const anchor = rtl ? 'end' : 'start';
  const family = `'Noto Sans', 'Noto Sans Arabic'`;
  const arFamily = `'Noto Sans Arabic', 'Noto Sans'`;
  const fontFamily = rtl ? arFamily : family;
  const text = (tx: number, ty: number, size: number, fill: string, value: string, weight = 400) =>
    `<text x="${tx}" y="${ty}" font-family="${fontFamily}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${rtl ? ' direction="rtl"' : ''}>${escapeXml(value)}</text>`;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.paper}"/>`,
    // A band of the two countries' colours along the top.
    `<rect x="0" y="0" width="${OG_WIDTH / 2}" height="10" fill="${rtl ? COLOURS.syria : COLOURS.cuba}"/>`,
    `<rect x="${OG_WIDTH / 2}" y="0" width="${OG_WIDTH / 2}" height="10" fill="${rtl ? COLOURS.cuba : COLOURS.syria}"/>`,
  ];
  let y = margin + 40;
  const kickerColour = content.category
    ? (COLOURS.cat[content.category] ?? COLOURS.muted)
    : COLOURS.muted;
  if (content.category) {
    const dotX = rtl ? textX - 10 : textX + 10;
    parts.push(`<circle cx="${dotX}" cy="${y - 11}" r="10" fill="${kickerColour}"/>`);
    parts.push(text(rtl ? textX - 32 : textX + 32, y, 30, COLOURS.muted, content.kicker, 700));
  } else parts.push(text(textX, y, 30, COLOURS.muted, content.kicker, 700));
  y += 30;

  const titleSize = content.title.length > 70 ? 50 : 58;
  const lines = wrapText(content.title, textW, titleSize, 5, true);
  y += 24;
  for (const line of lines) {
    y += titleSize * 1.18;
    parts.push(text(textX, y, titleSize, COLOURS.ink, line, 700));
  }
  if (content.subtitle) {
    y += 56;
    parts.push(text(textX, y, 32, COLOURS.muted, content.subtitle));
  }
  parts.push(
    `<line x1="${rtl ? textX - textW : textX}" y1="${OG_HEIGHT - margin - 44}" x2="${rtl ? textX : textX + textW}" y2="${OG_HEIGHT - margin - 44}" stroke="${COLOURS.line}" stroke-width="2"/>`,
  );
  parts.push(text(textX, OG_HEIGHT - margin, 30, COLOURS.accent, content.site, 700));
  parts.push(mapSvg(content, mapX, margin, mapW, mapH));
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The map alone, as an SVG document (the printed chronology's figure): both
 * embassies, the arc between them, and the other places, framed together,
 * each labelled (with its number: the print names the places in the
 * reader's language, see src/export/PrintDocument.tsx).
 */
export function mapFigureSvg(
  places: MapPlace[],
  arc?: [MapPlace, MapPlace],
  labels?: readonly string[],
): string {
  const width = 960;
  const height = 520;
  const content: PreviewContent = {
    dir: 'ltr',
    kicker: '',
    title: '',
    site: '',
    places,
    ...(arc ? { arc } : {}),
    ...(labels ? { labels } : {}),
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${mapSvg(content, 0, 0, width, height)}</svg>`;
}

/** The preview as a 1200×630 PNG. */
export function previewPng(content: PreviewContent): Buffer {
  const resvg = new Resvg(previewSvg(content), {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: {
      fontFiles: Object.values(FONT_FILES),
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans',
    },
  });
  return resvg.render().asPng();
}
