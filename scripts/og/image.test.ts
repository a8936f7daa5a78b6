import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitBlock, wrapLines } from './fit';
import { PreviewFonts } from './fonts';
import { OG_HEIGHT, PreviewRenderer, type PreviewContent } from './image';

let fonts: PreviewFonts;
let bare: PreviewFonts;
beforeAll(() => {
  fonts = new PreviewFonts();
  bare = new PreviewFonts([]);
});

const content = (title: string, extra: Partial<PreviewContent> = {}): PreviewContent => ({
  dir: 'ltr',
  kicker: 'Diplomatic · 11 August 1965',
  category: 'diplomatic',
  title,
  site: 'Cuba–Syria relations',
  places: [],
  ...extra,
});

/** The text lines of a preview SVG: position, size and text. */
function textsOf(svg: string) {
  return [
    ...svg.matchAll(
      /<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    bold: m[4] === '700',
    text: m[5]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
}

describe('PreviewFonts.drawable', () => {
  it('leaves out emoji (no font has them) cleanly, with their modifiers and joiners', () => {
    expect(bare.drawable('Talks 🎉 followed 👍🏽 on 👨‍👩‍👧 the 🇨🇺 debt ❤️')).toBe(
      'Talks followed on the debt',
    );
    expect(bare.drawable('🇨🇺🇸🇾 Cuba')).toBe('Cuba');
  });

  it('keeps Latin with accents, Arabic and the typography of the titles', () => {
    const text = 'Díaz-Canel «visita» Damasco – 1965… علاقات كوبا وسوريا';
    expect(bare.drawable(text)).toBe(text);
  });

  it.skipIf(!existsSync('/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf'))(
    'keeps symbols that an installed fallback font has',
    () => {
      expect(fonts.drawable('Treaty ☭ signed')).toBe('Treaty ☭ signed');
      expect(bare.drawable('Treaty ☭ signed')).toBe('Treaty signed');
    },
  );
});

describe('fitting text', () => {
  it('breaks a word wider than the line between its characters', () => {
    const measure = (t: string) => fonts.width(t, 58, true);
    const lines = wrapLines(`A ${'Supercalifragilistic'.repeat(4)} word`, 600, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(600);
  });

  it('sets a long title smaller before cutting it, and cuts between words with …', () => {
    const short = fitBlock(
      fonts,
      'Cuba and Syria establish relations',
      { width: 538, height: 350 },
      [58, 50, 44, 38],
    );
    expect(short.size).toBe(58);
    const long =
      'The delegation discussed trade, health cooperation, education and culture, '.repeat(3);
    const block = fitBlock(fonts, long, { width: 538, height: 350 }, [58, 50, 44, 38]);
    expect(block.size).toBe(38);
    expect(block.lines.length * block.lineHeight).toBeLessThanOrEqual(350);
    expect(block.lines.at(-1)!.endsWith('…')).toBe(true);
    // Cut between words: what is kept is the start of the title up to a word's end.
    const kept = block.lines.join(' ').slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toMatch(/[\s,]/);
  });
});

describe('PreviewRenderer.svg', () => {
  let renderer: PreviewRenderer;
  beforeAll(() => {
    renderer = new PreviewRenderer(fonts);
  });

  const titles = [
    'Cuba and Syria establish diplomatic relations',
    `A${'a'.repeat(150)}`,
    'Pneumonoultramicroscopicsilicovolcanoconiosis and Donaudampfschifffahrtsgesellschaftskapitän sign a very long agreement about everything that was ever discussed between the two governments in all those years',
    '🎉🎉🎉 Talks 🎉 followed on the debt 🇨🇺🇸🇾',
  ];

  it.each(titles)('keeps every line inside the text column: %s', (title) => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const svg = renderer.svg(content(title, { dir, kicker: `${'Cultural · '.repeat(8)}2019` }));
      const texts = textsOf(svg);
      const footerY = OG_HEIGHT - 64 - 44;
      for (const t of texts) {
        const width = fonts.width(t.text, t.size, t.bold);
        // The text column: 64 px from the edge to 64 px before the map (470 px wide).
        const column = dir === 'ltr' ? [64, 1200 - 64 - 470 - 64] : [64 + 470 + 64, 1200 - 64];
        const [left, right] = dir === 'ltr' ? [t.x, t.x + width] : [t.x - width, t.x];
        expect(left, t.text).toBeGreaterThanOrEqual(column[0]!);
        expect(right, t.text).toBeLessThanOrEqual(column[1]!);
        expect(t.text).not.toMatch(/\p{Extended_Pictographic}/u);
      }
      // The title stays above the line over the site's name.
      const titleLines = texts.filter((t) => t.size >= 38 && t.bold);
      expect(titleLines.at(-1)!.y + titleLines.at(-1)!.size * 0.25).toBeLessThan(footerY);
    }
  });
});
