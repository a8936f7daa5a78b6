import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceOf, type Evidence } from '../data/evidence';
import type { Source, SourceKind } from '../data/types';
import { evidenceParts, evidenceText } from './evidence';
import { loadLanguage } from './index';

function source(id: string, kind: SourceKind): Source {
  return { id, title: id, publisher: id, kind };
}
const index = {
  byId: new Map(
    [
      source('granma', 'state'),
      source('sana', 'state'),
      source('cibercuba', 'critical'),
      source('afp', 'wire'),
      source('unwatch', 'ngo'),
    ].map((s) => [s.id, s]),
  ),
};
const cite = (id: string) => ({ source: id, quote: 'q' });

const threeDisputed = evidenceOf(
  { sources: [cite('granma'), cite('afp'), cite('unwatch')], disputes: [{ text: 'x' }] },
  index,
);
const one = evidenceOf({ sources: [cite('sana')] }, index);
const mixed = evidenceOf(
  { sources: [cite('granma'), cite('sana'), cite('cibercuba'), cite('afp')] },
  index,
);

beforeAll(async () => {
  await loadLanguage('es');
  await loadLanguage('ar');
});

describe('evidenceText', () => {
  it('says how many sources, of which groups, and whether disputed', () => {
    expect(evidenceText(threeDisputed, 'en')).toBe(
      '3 sources · 1 state · 2 independent · disputed',
    );
    expect(evidenceText(mixed, 'en')).toBe('4 sources · 2 state · 1 critical · 1 independent');
  });

  it('writes one source in the singular and leaves out the groups with none', () => {
    expect(evidenceText(one, 'en')).toBe('1 source · state sources only');
    expect(evidenceText(one, 'es')).toBe('1 fuente · solo fuentes estatales');
  });

  it('says plainly when every source is a state outlet', () => {
    expect(evidenceText(one, 'en')).toContain('state sources only');
    expect(evidenceText(mixed, 'en')).not.toContain('only');
  });

  it('is written in Spanish and Arabic', () => {
    expect(evidenceText(threeDisputed, 'es')).toBe(
      '3 fuentes · 1 estatal · 2 independientes · con discrepancias',
    );
    expect(evidenceText(mixed, 'es')).toBe('4 fuentes · 2 estatales · 1 crítica · 1 independiente');
    expect(evidenceText(threeDisputed, 'ar')).toBe(
      'المصادر: 3 · حكومية: 1 · مستقلة: 2 · روايات متباينة',
    );
    expect(evidenceText(one, 'ar')).toBe('مصدر واحد · مصادر حكومية فقط');
  });

  it('counts with the language’s digits and grouping', () => {
    const many: Evidence = {
      ...mixed,
      count: 12000,
      kinds: { state: 12000, critical: 0, independent: 0 },
    };
    expect(evidenceText(many, 'en')).toBe('12,000 sources · 12,000 state');
    expect(evidenceText(many, 'es')).toBe('12.000 fuentes · 12.000 estatales');
  });
});

describe('evidenceParts', () => {
  it('names what each part counts, in order', () => {
    expect(evidenceParts(threeDisputed, 'en').map((p) => p.part)).toEqual([
      'sources',
      'state',
      'independent',
      'disputed',
    ]);
  });
});
