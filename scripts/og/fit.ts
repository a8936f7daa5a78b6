/**
 * Fitting text into the preview image: a title wrapped between words into
 * the lines its box holds, in a smaller size when it needs more lines, and
 * cut between words with "…" only when even the smallest size cannot hold
 * it. A word wider than a line (a long name, a script written without
 * spaces) is broken between its characters.
 */
import type { PreviewFonts } from './fonts.ts';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const ELLIPSIS = '…';
/** Punctuation and spaces that should not stand before an ellipsis. */
const TRAILING = /[\s,;:.–—\-،؛]+$/u;

type Measure = (text: string) => number;

/** Breaks a word wider than `width` between its characters. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let part = '';
  for (const { segment } of graphemes.segment(word)) {
    if (part && measure(part + segment) > width) {
      parts.push(part);
      part = segment;
    } else part += segment;
  }
  if (part) parts.push(part);
  return parts;
}

/** Every line the text takes at this width, broken between words (or inside a word too wide). */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const pieces = measure(word) > width ? breakWord(word, width, measure) : [word];
    for (const [k, piece] of pieces.entries()) {
      const candidate = line && k === 0 ? `${line} ${piece}` : piece;
      if (line && (k > 0 || measure(candidate) > width)) {
        lines.push(line);
        line = piece;
      } else line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A line cut so that it ends with "…" within `width`: between words when it can. */
export function withEllipsis(line: string, width: number, measure: Measure): string {
  let text = line.replace(TRAILING, () => '');
  while (text.includes(' ') && measure(text + ELLIPSIS) > width)
    text = text.slice(0, text.lastIndexOf(' ')).replace(TRAILING, () => '');
  if (measure(text + ELLIPSIS) > width) {
    const kept = [...graphemes.segment(text)].map((g) => g.segment);
    while (kept.length > 0 && measure(kept.join('') + ELLIPSIS) > width) kept.pop();
    text = kept.join('').replace(TRAILING, () => '');
  }
  return text + ELLIPSIS;
}

/** One line of text within `width`, cut with "…" when it is longer. */
export function fitLine(
  fonts: PreviewFonts,
  text: string,
  width: number,
  size: number,
  bold = false,
): string {
  const measure: Measure = (t) => fonts.width(t, size, bold);
  return measure(text) <= width ? text : withEllipsis(text, width, measure);
}

/** One line at the first of `sizes` (largest first) at which it fits; cut with "…" at the last. */
export function fitLineSized(
  fonts: PreviewFonts,
  text: string,
  width: number,
  sizes: readonly number[],
  bold = false,
): { size: number; text: string } {
  for (const size of sizes) if (fonts.width(text, size, bold) <= width) return { size, text };
  const size = sizes.at(-1) ?? 0;
  return { size, text: fitLine(fonts, text, width, size, bold) };
}

export interface FittedBlock {
  size: number;
  lineHeight: number;
  lines: string[];
}

/**
 * The title's lines and size: the first of `sizes` (largest first) at which
 * every line fits the box; at the last size, the lines that fit, the last
 * cut with "…".
 */
export function fitBlock(
  fonts: PreviewFonts,
  text: string,
  box: { width: number; height: number },
  sizes: readonly number[],
  bold = true,
  leading = 1.18,
): FittedBlock {
  let lines: string[] = [];
  for (const [k, size] of sizes.entries()) {
    const measure: Measure = (t) => fonts.width(t, size, bold);
    const lineHeight = size * leading;
    const room = Math.max(1, Math.floor(box.height / lineHeight));
    lines = wrapLines(text, box.width, measure);
    if (lines.length <= room) return { size, lineHeight, lines };
    if (k === sizes.length - 1) {
      // Keep what fits, and say that there is more.
      const kept = lines.slice(0, room);
      kept[room - 1] = withEllipsis(kept[room - 1]!, box.width, measure);
      return { size, lineHeight, lines: kept };
    }
  }
  return { size: sizes[0] ?? 0, lineHeight: 0, lines };
}
