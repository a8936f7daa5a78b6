import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceOf } from '../data/evidence';
import type { Source } from '../data/types';
import { loadLanguage } from '../i18n';
import { EvidenceSummary } from './EvidenceSummary';

const sources: Source[] = [
  { id: 'granma', title: 'g', publisher: 'Granma', kind: 'state' },
  { id: 'afp', title: 'a', publisher: 'AFP', kind: 'wire' },
  { id: 'cibercuba', title: 'c', publisher: 'CiberCuba', kind: 'critical' },
];
const index = { byId: new Map(sources.map((s) => [s.id, s])) };
const evidence = evidenceOf(
  {
    sources: [{ source: 'granma', quote: 'q' }],
    furtherSources: ['afp', 'cibercuba'],
    disputes: [{ text: 'Another date.' }],
  },
  index,
);

/** The text a sighted reader sees: the markup without the visually hidden parts. */
function visible(html: string) {
  return html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
}
/** The text a screen reader reads: without what is hidden from it. */
function spoken(html: string) {
  return html
    .replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '');
}

beforeAll(() => loadLanguage('ar'));

describe('EvidenceSummary', () => {
  it('shows the sources, their groups and the dispute compactly', () => {
    const html = renderToStaticMarkup(createElement(EvidenceSummary, { evidence, lang: 'en' }));
    expect(visible(html)).toBe('3 sources · 1 state · 1 critical · 1 independent · disputed');
    expect(spoken(html)).toBe('Evidence: 3 sources, 1 state, 1 critical, 1 independent, disputed');
    expect(html).toContain('data-disputed=""');
  });

  it('explains each group and the dispute in a tooltip', () => {
    const html = renderToStaticMarkup(createElement(EvidenceSummary, { evidence, lang: 'en' }));
    expect(html).toContain('title="A Cuban or Syrian government outlet or ministry"');
    expect(html).toContain('title="An outlet opposed to the Cuban government"');
    expect(html).toMatch(/title="Neither a Cuban or Syrian government outlet/);
    expect(html).toContain(
      'title="Other sources disagree with the date, a figure or the place given"',
    );
  });

  it('leaves out what an undisputed event from one source lacks', () => {
    const single = evidenceOf({ sources: [{ source: 'afp', quote: 'q' }] }, index);
    const html = renderToStaticMarkup(
      createElement(EvidenceSummary, { evidence: single, lang: 'en' }),
    );
    expect(visible(html)).toBe('1 source · 1 independent');
    expect(html).not.toContain('data-disputed');
  });

  it('is written in Arabic', () => {
    const html = renderToStaticMarkup(createElement(EvidenceSummary, { evidence, lang: 'ar' }));
    expect(visible(html)).toBe('المصادر: 3 · حكومية: 1 · معارضة: 1 · مستقلة: 1 · روايات متباينة');
  });
});
