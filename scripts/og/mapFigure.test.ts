import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PreviewRenderer, type MapPlace } from './image';

const renderer = new PreviewRenderer();
const mapFigureSvg = (...args: Parameters<PreviewRenderer['mapFigureSvg']>) =>
  renderer.mapFigureSvg(...args);

const json = JSON.parse(
  readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
) as { places: { id: string; kind?: string; lat: number; lng: number }[] };

const places: MapPlace[] = json.places.map((p) => ({
  lat: p.lat,
  lng: p.lng,
  kind: p.kind === 'embassy' ? 'embassy' : 'other',
  highlighted: false,
}));

/** The label texts and their boxes, as drawn. */
function labels(svg: string) {
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g),
  ].map(([, x, y, size, text]) => {
    const s = Number(size);
    const w = text!.length * s * 0.62 + 8;
    return { text, x: Number(x) - w / 2, y: Number(y) - s * 0.36 - (s + 4) / 2, w, h: s + 4 };
  });
}

describe('mapFigureSvg', () => {
  it('labels every place, close ones (Damascus, the Golan) without overlapping', () => {
    const numbers = places.map((_, i) => String(i + 1));
    const svg = mapFigureSvg(places, [places[0]!, places[1]!], numbers);
    const drawn = labels(svg);
    expect(drawn.map((l) => l.text)).toEqual(numbers);
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1))
        expect(
          a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
          `${a.text} and ${b.text}`,
        ).toBe(false);
  });

  it('escapes label text and draws none when none are given', () => {
    expect(mapFigureSvg(places.slice(0, 1), undefined, ['<b>&'])).toContain(
      '&lt;b&gt;&amp;</text>',
    );
    expect(mapFigureSvg(places)).not.toContain('<text');
  });
});
