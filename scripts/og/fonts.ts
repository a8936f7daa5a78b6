/**
 * The fonts of the preview images, loaded once per build: the bundled Noto
 * Sans and Noto Sans Arabic (npm packages), then, for characters those lack,
 * fallback fonts that Debian's font packages put on the machine (CI installs
 * fonts-noto-core), when they are there. A character no font has (emoji:
 * no colour font is installed) is left out of the image cleanly rather than
 * drawn as an empty box.
 *
 * Widths are measured glyph by glyph from the font that will draw each
 * character, without shaping (opentype.js cannot shape every Arabic lookup):
 * close enough to wrap lines with room to spare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

const require = createRequire(import.meta.url);

export const BUNDLED_FONT_FILES = {
  latin: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  latinBold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabic:
    require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  arabicBold:
    require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
};

/** Fallbacks, in the order they are tried (files that are absent are skipped). */
export const FALLBACK_FONT_FILES = [
  '/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

/** Variation selectors and tag characters: they only pick a form of the character before them. */
function isSelector(cp: number): boolean {
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}
const withoutSelectors = (text: string) =>
  Array.from(text)
    .filter((c) => !isSelector(c.codePointAt(0) ?? 0))
    .join('');
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function parseFont(path: string): opentype.Font {
  const buffer = readFileSync(path);
  return opentype.parse(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
  );
}

interface Fallback {
  file: string;
  font: opentype.Font | null;
}

/** The fonts of one build's preview images (make one, use it for every image). */
export class PreviewFonts {
  private readonly latin: opentype.Font;
  private readonly latinBold: opentype.Font;
  private readonly arabic: opentype.Font;
  private readonly arabicBold: opentype.Font;
  private readonly fallbacks: Fallback[];
  /** Code point → the fallback that has it (null: none has it). */
  private readonly fallbackOf = new Map<number, Fallback | null>();

  constructor(fallbackFiles: readonly string[] = FALLBACK_FONT_FILES) {
    this.latin = parseFont(BUNDLED_FONT_FILES.latin);
    this.latinBold = parseFont(BUNDLED_FONT_FILES.latinBold);
    this.arabic = parseFont(BUNDLED_FONT_FILES.arabic);
    this.arabicBold = parseFont(BUNDLED_FONT_FILES.arabicBold);
    this.fallbacks = fallbackFiles
      .filter((f) => existsSync(f))
      .map((file) => ({ file, font: null }));
  }

  /** The bundled font that draws `ch` first: Arabic letters from the Arabic font. */
  private bundled(ch: string, bold: boolean): opentype.Font {
    if (ARABIC.test(ch)) return bold ? this.arabicBold : this.arabic;
    return bold ? this.latinBold : this.latin;
  }

  /** The fallback that has the code point, parsed when first needed. */
  private fallback(cp: number): Fallback | null {
    const known = this.fallbackOf.get(cp);
    if (known !== undefined) return known;
    const ch = String.fromCodePoint(cp);
    let found: Fallback | null = null;
    for (const f of this.fallbacks) {
      f.font ??= parseFont(f.file);
      if (f.font.charToGlyphIndex(ch) > 0) {
        found = f;
        break;
      }
    }
    this.fallbackOf.set(cp, found);
    return found;
  }

  /** The font that draws the character, or null when no font has it. */
  private fontFor(ch: string, bold: boolean): opentype.Font | null {
    const first = this.bundled(ch, bold);
    if (first.charToGlyphIndex(ch) > 0) return first;
    const other = bold ? this.latinBold : this.latin;
    if (other !== first && other.charToGlyphIndex(ch) > 0) return other;
    return this.fallback(ch.codePointAt(0) ?? 0)?.font ?? null;
  }

  /**
   * The text as the images can draw it: characters that no font has (with
   * the marks and joiners that belong to them) left out, variation
   * selectors dropped, spaces collapsed.
   */
  drawable(text: string): string {
    let out = '';
    for (const { segment } of graphemes.segment(withoutSelectors(text))) {
      const base = String.fromCodePoint(segment.codePointAt(0) ?? 0);
      if (/\s/u.test(base) || this.fontFor(base, false)) out += segment;
    }
    return out.replace(/\s+/gu, () => ' ').trim();
  }

  /** Fallback font files that the text needs (to give the renderer with the bundled ones). */
  fallbackFilesFor(texts: readonly string[]): string[] {
    const files = new Set<string>();
    for (const text of texts)
      for (const ch of text) {
        if (this.bundled(ch, false).charToGlyphIndex(ch) > 0) continue;
        if (this.latin.charToGlyphIndex(ch) > 0) continue;
        const f = this.fallback(ch.codePointAt(0) ?? 0);
        if (f) files.add(f.file);
      }
    return [...files];
  }

  /** Width of a line of text at `size` px, glyph by glyph from the font that draws it. */
  width(text: string, size: number, bold = false): number {
    let width = 0;
    for (const ch of text) {
      const font = this.fontFor(ch, bold);
      if (font) width += ((font.charToGlyph(ch).advanceWidth ?? 0) * size) / font.unitsPerEm;
    }
    return width;
  }
}
