import { describe, expect, it } from 'vitest';
import { categoryColor, cssName, TOKENS, tokensCss, type Token } from './tokens';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('design tokens', () => {
  it('keep text colours readable (WCAG AA, 4.5:1) on the page and the panes', () => {
    const text: Token[] = [
      'ink',
      'muted',
      'accent',
      'stateInk',
      'criticalInk',
      'catDiplomatic',
      'catPolitical',
      'catCultural',
      'catEconomic',
      'catCooperation',
      'catConflict',
      'catEra',
    ];
    for (const t of text) {
      expect(contrast(TOKENS[t], TOKENS.surface), t).toBeGreaterThanOrEqual(4.5);
      expect(contrast(TOKENS[t], TOKENS.paper), t).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keep the pins’ white glyph visible (3:1)', () => {
    expect(contrast(TOKENS.cubaPin, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(TOKENS.syriaPin, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('become one CSS custom property each', () => {
    const css = tokensCss();
    expect(css).toContain('--cat-diplomatic: #1f6fb2;');
    expect(css).toContain('--arc-highlight: #b3261e;');
    expect(cssName('surfaceSunk')).toBe('--surface-sunk');
    expect(css.match(/--[a-z-]+:/g)).toHaveLength(Object.keys(TOKENS).length);
  });

  it('give every category its colour', () => {
    expect(categoryColor('cultural')).toBe(TOKENS.catCultural);
    expect(categoryColor('no-such')).toBe(TOKENS.muted);
  });
});
