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
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fitBlock, fitLine, fitLineSized } from './fit.ts';
import { BUNDLED_FONT_FILES, PreviewFonts } from './fonts.ts';
import { placeLabels } from './labels.ts';
import { PARTY_LAND, TOKENS } from '../../src/lib/tokens.ts';
import { escapeHtml } from '../../src/lib/text.ts';

const require = createRequire(import.meta.url);

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The app's palette (src/lib/tokens.ts, docs/design.md). */
const COLOURS = {
  paper: TOKENS.paper,
  ink: TOKENS.ink,
  muted: TOKENS.muted,
  line: TOKENS.line,
  sea: TOKENS.sea,
  land: TOKENS.land,
  border: TOKENS.border,
  cuba: TOKENS.cubaLand,
  syria: TOKENS.syriaLand,
  arc: TOKENS.arc,
  accent: TOKENS.accent,
  select: TOKENS.selectedLine,
  cat: {
    diplomatic: TOKENS.catDiplomatic,
    political: TOKENS.catPolitical,
    cultural: TOKENS.catCultural,
    economic: TOKENS.catEconomic,
    cooperation: TOKENS.catCooperation,
    conflict: TOKENS.catConflict,
    era: TOKENS.catEra,
  } as Record<string, string>,
};

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

/** Natural Earth countries (world-atlas), read once per renderer. */
function loadCountries(): GeoJSON.FeatureCollection {
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology;
  return feature(
    topology,
    topology.objects.countries as GeometryCollection,
  ) as unknown as GeoJSON.FeatureCollection;
}

/** The map panel: Natural Earth countries, the embassies' arc and the event's places. */
function mapSvg(
  countries: GeoJSON.FeatureCollection,
  content: PreviewContent,
  x: number,
  y: number,
  w: number,
  h: number,
): string {
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
    const fill = PARTY_LAND[id] ?? COLOURS.land;
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
          ? TOKENS.cubaPin
          : place.country === 'syria'
            ? TOKENS.syriaPin
            : COLOURS.accent;
      parts.push(
        `<circle cx="${px}" cy="${py}" r="${place.highlighted ? 13 : 10}" fill="${fill}" stroke="${TOKENS.surface}" stroke-width="4"/>`,
      );
    } else {
      parts.push(
        `<circle cx="${px}" cy="${py}" r="${place.highlighted ? 13 : 9}" fill="#fff" stroke="${place.highlighted ? COLOURS.select : COLOURS.accent}" stroke-width="5"/>`,
      );
    }
  }
  parts.push(...placeLabels(drawn, { x, y, w, h }, COLOURS.ink, escapeHtml));
  parts.push('</g>');
  parts.push(frameSvg(x, y, w, h));
  return parts.join('');
}

/** The map's frame, drawn over its edge. */
function frameSvg(x: number, y: number, w: number, h: number): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="none" stroke="${COLOURS.line}" stroke-width="2"/>`;
}

/** The map panel alone, without its frame (drawn at 0, 0), as a PNG data address. */
function mapImage(
  countries: GeoJSON.FeatureCollection,
  content: PreviewContent,
  w: number,
  h: number,
) {
  const map = mapSvg(countries, content, 0, 0, w, h);
  // Without the frame: half its stroke lies outside the panel, and is drawn over it instead.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${map.slice(0, map.length - frameSvg(0, 0, w, h).length)}</svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Map panels kept for reuse: pages that show the same places share one drawing. */
const MAX_KEPT_MAPS = 256;

/** Where the title goes: between the kicker and the line above the site's name. */
const TITLE_TOP = 64 + 40 + 30 + 24;
const TITLE_BOTTOM = OG_HEIGHT - 64 - 44 - 14;
/** Title sizes, largest first: a title that needs more lines is set smaller. */
const TITLE_SIZES = [58, 50, 44, 38];

/**
 * Draws the preview images of a build: one per page, all with the same
 * fonts and map shapes, loaded once. resvg-js builds a font database per
 * image from the font files (a tenth of a millisecond for these four);
 * what it holds natively (about 4 MB an image, the pixels among it) is
 * released by finalisers that run only between tasks: `png` yields to the
 * event loop after each image so that they can.
 */
export class PreviewRenderer {
  readonly fonts: PreviewFonts;
  private readonly countries: GeoJSON.FeatureCollection;

  /** Drawn map panels by what they show, oldest first (at most MAX_KEPT_MAPS). */
  private readonly maps = new Map<string, string>();

  private mapPanel(content: PreviewContent, w: number, h: number): string {
    const key = JSON.stringify([content.places, content.arc ?? null, !!content.arcStrong, w, h]);
    let image = this.maps.get(key);
    if (image === undefined) {
      image = mapImage(this.countries, content, w, h);
      if (this.maps.size >= MAX_KEPT_MAPS) this.maps.delete(this.maps.keys().next().value!);
      this.maps.set(key, image);
    }
    return image;
  }

  constructor(fonts = new PreviewFonts()) {
    this.fonts = fonts;
    this.countries = loadCountries();
  }

  /** The preview as SVG, its text fitted and made drawable. */
  svg(content: PreviewContent): string {
    const fonts = this.fonts;
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
    const text = (
      tx: number,
      ty: number,
      size: number,
      fill: string,
      value: string,
      weight = 400,
    ) =>
      `<text x="${tx}" y="${ty}" font-family="${fontFamily}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${rtl ? ' direction="rtl"' : ''}>${escapeHtml(value)}</text>`;

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
    // A long kicker (a period given to the day) is set smaller before it is cut.
    const kickerX = content.category ? (rtl ? textX - 32 : textX + 32) : textX;
    const kicker = fitLineSized(
      fonts,
      fonts.drawable(content.kicker),
      textW - (content.category ? 32 : 0),
      [30, 27, 24],
      true,
    );
    if (content.category) {
      const dotX = rtl ? textX - 10 : textX + 10;
      parts.push(`<circle cx="${dotX}" cy="${y - 11}" r="10" fill="${kickerColour}"/>`);
    }
    parts.push(text(kickerX, y, kicker.size, COLOURS.muted, kicker.text, 700));

    // A long title is set smaller before it is cut.
    const title = fonts.drawable(content.title);
    const sizes = title.length > 70 ? TITLE_SIZES.slice(1) : TITLE_SIZES;
    const subtitleRoom = content.subtitle ? 56 : 0;
    const block = fitBlock(
      fonts,
      title,
      { width: textW, height: TITLE_BOTTOM - TITLE_TOP - subtitleRoom },
      sizes,
    );
    y = TITLE_TOP;
    for (const line of block.lines) {
      y += block.lineHeight;
      parts.push(text(textX, y, block.size, COLOURS.ink, line, 700));
    }
    if (content.subtitle) {
      y += 56;
      const subtitle = fitLine(fonts, fonts.drawable(content.subtitle), textW, 32);
      parts.push(text(textX, y, 32, COLOURS.muted, subtitle));
    }
    parts.push(
      `<line x1="${rtl ? textX - textW : textX}" y1="${OG_HEIGHT - margin - 44}" x2="${rtl ? textX : textX + textW}" y2="${OG_HEIGHT - margin - 44}" stroke="${COLOURS.line}" stroke-width="2"/>`,
    );
    const site = fitLine(fonts, fonts.drawable(content.site), textW, 30, true);
    parts.push(text(textX, OG_HEIGHT - margin, 30, COLOURS.accent, site, 700));
    // The map is drawn once for all the pages that show the same places.
    parts.push(
      `<image x="${mapX}" y="${margin}" width="${mapW}" height="${mapH}" href="${this.mapPanel(content, mapW, mapH)}"/>`,
      frameSvg(mapX, margin, mapW, mapH),
    );
    parts.push('</svg>');
    return parts.join('');
  }

  /** The preview as a 1200×630 PNG (resolves once resvg's memory for it can be released). */
  async png(content: PreviewContent): Promise<Buffer> {
    const svg = this.svg(content);
    const fallbacks = this.fonts.fallbackFilesFor([content.kicker, content.title, content.site]);
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: OG_WIDTH },
      font: {
        fontFiles: [...Object.values(BUNDLED_FONT_FILES), ...fallbacks],
        loadSystemFonts: false,
        defaultFontFamily: 'Noto Sans',
      },
    })
      .render()
      .asPng();
    await new Promise((resolve) => setImmediate(resolve));
    return png;
  }

  /**
   * The map alone, as an SVG document (the printed chronology's figure): both
   * embassies, the arc between them, and the other places, framed together,
   * each labelled (with its number: the print names the places in the
   * reader's language, see src/export/PrintDocument.tsx).
   */
  mapFigureSvg(places: MapPlace[], arc?: [MapPlace, MapPlace], labels?: readonly string[]): string {
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
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${mapSvg(this.countries, content, 0, 0, width, height)}</svg>`;
  }
}
