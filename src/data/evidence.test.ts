import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_GROUP_OF, evidenceOf } from './evidence';
import { indexSources } from './sources';
import { SOURCE_KINDS, type Dataset, type Source, type SourceKind } from './types';

function source(id: string, kind: SourceKind): Source {
  return { id, title: id, publisher: id, kind };
}

const SOURCES = [
  source('granma', 'state'),
  source('sana', 'state'),
  source('cibercuba', 'critical'),
  source('afp', 'wire'),
  source('times', 'newspaper'),
  source('article', 'encyclopedia'),
  source('unwatch', 'ngo'),
  source('ohchr', 'un'),
  source('blog', 'blog'),
];
const index = { byId: new Map(SOURCES.map((s) => [s.id, s])) };
const cite = (id: string) => ({ source: id, quote: 'q' });

describe('evidenceOf', () => {
  it('counts the sources an event names, quoted and further, by group and kind', () => {
    const evidence = evidenceOf(
      { sources: [cite('granma'), cite('afp')], furtherSources: ['cibercuba', 'times'] },
      index,
    );
    expect(evidence.count).toBe(4);
    expect(evidence.quoted).toBe(2);
    expect(evidence.kinds).toEqual({ state: 1, critical: 1, independent: 2 });
    expect(evidence.byKind).toMatchObject({ state: 1, critical: 1, wire: 1, newspaper: 1, un: 0 });
    expect(evidence.stateOnly).toBe(false);
    expect(evidence.disputed).toBe(false);
  });

  it('counts a source once however often the event cites it', () => {
    const evidence = evidenceOf(
      { sources: [cite('granma'), cite('granma')], furtherSources: ['granma'] },
      index,
    );
    expect([evidence.count, evidence.quoted, evidence.kinds.state]).toEqual([1, 1, 1]);
    expect(evidence.stateOnly).toBe(true);
  });

  it('puts every kind but state and critical in the independent group', () => {
    expect(Object.keys(EVIDENCE_GROUP_OF).sort()).toEqual([...SOURCE_KINDS].sort());
    const evidence = evidenceOf(
      { sources: ['afp', 'times', 'article', 'unwatch', 'ohchr', 'blog'].map(cite) },
      index,
    );
    expect(evidence.kinds).toEqual({ state: 0, critical: 0, independent: 6 });
  });

  it('marks an event with disputes as disputed, and counts them', () => {
    const evidence = evidenceOf(
      { sources: [cite('afp')], disputes: [{ text: 'a' }, { text: 'b', sources: ['times'] }] },
      index,
    );
    expect([evidence.disputed, evidence.disputes]).toEqual([true, 2]);
    // A dispute's sources are not the event's: they say something else.
    expect(evidence.count).toBe(1);
  });

  it('counts a source the registry lacks in no group (a dataset not validated)', () => {
    const evidence = evidenceOf({ sources: [cite('nowhere'), cite('sana')] }, index);
    expect([evidence.count, evidence.unknown]).toEqual([2, 1]);
    expect(evidence.kinds).toEqual({ state: 1, critical: 0, independent: 0 });
    expect(evidence.stateOnly).toBe(false);
  });

  it('reads the bundled dataset: the visa agreement has a state and a critical source, disputed', () => {
    const dataset = JSON.parse(
      readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
    ) as Dataset;
    const registry = indexSources(dataset, dataset.events);
    const visa = dataset.events.find((e) => e.id === 'visa-exemption-agreement-2017')!;
    expect(evidenceOf(visa, registry)).toMatchObject({
      count: 2,
      kinds: { state: 1, critical: 1, independent: 0 },
      disputed: true,
    });
    for (const event of dataset.events) {
      const e = evidenceOf(event, registry);
      expect(e.kinds.state + e.kinds.critical + e.kinds.independent, event.id).toBe(e.count);
      expect(e.unknown).toBe(0);
    }
  });
});
