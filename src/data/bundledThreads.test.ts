/**
 * The threads of the bundled dataset: each links events of the dataset, the
 * themes hold the events they name (every UN vote, the health cooperation
 * from medical training to scholarships, the dated visits, the civil war
 * from its onset to the fall of the Assad government), and a thread's text
 * says nothing its events do not: its names, years and months are theirs,
 * and its translations carry the same numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MONTHS, periodEndMs, periodStartMs } from './dates';
import { validateDataset } from './schema';
import { threadById, threadsOf } from './threads';
import type { Dataset, Thread, TimelineEvent } from './types';

const dataset = JSON.parse(
  readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
) as Dataset;
const threads = dataset.threads ?? [];
const eventById = new Map(dataset.events.map((e) => [e.id, e]));

function thread(id: string): Thread {
  const found = threads.find((t) => t.id === id);
  if (!found) throw new Error(`no thread ${id}`);
  return found;
}

function eventsOf(t: Thread): TimelineEvent[] {
  return t.events.map((id) => eventById.get(id)!);
}

/** An event's English text: title, summary and note. */
const englishText = (e: TimelineEvent) => [e.title, e.summary, e.note ?? ''].join(' ');

const MONTHS = ENGLISH_MONTHS;

describe('the bundled dataset’s threads', () => {
  it('are valid, with unique ids, and link at least two known events each, once each', () => {
    expect(validateDataset(dataset).ok).toBe(true);
    expect(threads.length).toBeGreaterThanOrEqual(6);
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length);
    for (const t of threads) {
      expect(t.events.length, t.id).toBeGreaterThanOrEqual(2);
      expect(new Set(t.events).size, t.id).toBe(t.events.length);
      for (const id of t.events) expect(eventById.has(id), `${t.id}: ${id}`).toBe(true);
    }
  });

  it('let an event be part of several threads', () => {
    const places = threadsOf({ id: 'general-assembly-vote-2012' }, dataset);
    expect(places.map((p) => p.thread.id).sort()).toEqual(['civil-war', 'un-votes']);
  });

  it('hold every UN vote in the UN votes thread, and nothing else', () => {
    const votes = dataset.events.filter(
      (e) =>
        /\bvotes?\b/i.test(`${e.title} ${e.summary}`) &&
        /Human Rights Council|General Assembly/.test(`${e.title} ${e.summary}`),
    );
    expect(votes.length).toBe(7);
    expect([...thread('un-votes').events].sort()).toEqual(votes.map((e) => e.id).sort());
  });

  it('count a UN vote’s place in its thread: the first General Assembly vote is 3 of 7', () => {
    const [place] = threadsOf({ id: 'general-assembly-vote-2012' }, dataset);
    expect([place?.thread.id, place?.position, place?.total]).toEqual(['un-votes', 3, 7]);
  });

  it('follow health cooperation from medical training to medicines, vaccines and scholarships', () => {
    const health = threadById(dataset, 'health-cooperation')!;
    const order = health.events.map((e) => e.id);
    const chain = [
      'medical-training-agreements',
      'medical-contingent-damascus-1973',
      'healthcare-education-expertise',
      'first-medicines-shipment-2016',
      'covid-vaccines-donated-2022',
      'medical-scholarships-2023',
    ];
    expect(chain.map((id) => order.indexOf(id))).toEqual(
      chain.map((id) => order.indexOf(id)).sort((a, b) => a - b),
    );
    expect(chain.every((id) => order.includes(id))).toBe(true);
    // Every event that speaks of medicine, vaccines or health is part of it.
    for (const e of dataset.events)
      if (/medic|vaccin|health/i.test(`${e.title} ${e.summary}`))
        expect(order, e.id).toContain(e.id);
  });

  it('hold the dated high-level visits and envoys in the visits thread', () => {
    expect(thread('visits').events).toEqual(
      expect.arrayContaining([
        'nam-summit-havana-1979',
        'castro-visits-syria-2001',
        'syrian-delegation-received-2006',
        'non-aligned-summit-havana-2006',
        'perez-roque-in-damascus-2008',
        'information-minister-received-2008',
        'assad-visits-cuba-2010',
        'mekdad-envoy-in-havana-2012',
        'assad-envoy-in-havana-2013',
      ]),
    );
  });

  it('follow the civil war from its onset, through the votes, to the fall of the Assad government', () => {
    const war = threadById(dataset, 'civil-war')!;
    const order = war.events.map((e) => e.id);
    expect(order[0]).toBe('civil-war-onset');
    expect(order.at(-1)).toBe('statement-on-fall-of-assad');
    expect(order).toEqual(expect.arrayContaining(['cuba-backs-assad-government']));
    expect(order).toEqual(expect.arrayContaining(thread('un-votes').events));
    for (const e of war.events)
      expect(periodStartMs(e.start), e.id).toBeGreaterThanOrEqual(periodStartMs('2011'));
  });

  it('name in their English summary only what their events name', () => {
    for (const t of threads) {
      const words = new Set(eventsOf(t).flatMap((e) => englishText(e).match(/\p{L}[\p{L}\d]*/gu)));
      // Proper names and other capitalised words, after the first word.
      const names = (t.summary ?? '').match(/(?<!^)\b\p{Lu}[\p{L}\d]*/gu) ?? [];
      for (const name of names)
        if (!MONTHS.includes(name)) expect(words.has(name), `${t.id}: “${name}”`).toBe(true);
    }
  });

  it('write only years and months their events span', () => {
    for (const t of threads) {
      const spans = eventsOf(t).map((e) => [periodStartMs(e.start), periodEndMs(e.end ?? e.start)]);
      const within = (iso: string) =>
        spans.some(([from, to]) => periodStartMs(iso) < to! && periodEndMs(iso) > from!);
      for (const text of [t.title, t.summary ?? '']) {
        for (const [, month, year] of text.matchAll(/(?:(\p{Lu}\p{Ll}+) )?\b(\d{4})\b/gu)) {
          const m = month ? MONTHS.indexOf(month) + 1 : 0;
          const iso = m > 0 ? `${year!}-${String(m).padStart(2, '0')}` : year!;
          expect(within(iso), `${t.id}: ${month ?? ''} ${year!}`).toBe(true);
        }
      }
    }
  });

  it('are translated into Spanish and Arabic with the same numbers as the English', () => {
    const numbers = (s: string | undefined) => (s?.match(/\d+/g) ?? []).sort();
    for (const t of threads) {
      for (const lang of ['es', 'ar'] as const) {
        const tr = t.i18n?.[lang];
        expect(tr?.title, `${t.id} ${lang}`).toBeTruthy();
        expect(tr?.title).not.toBe(t.title);
        expect(tr?.summary).not.toBe(t.summary);
        expect(numbers(tr?.title), `${t.id} ${lang} title`).toEqual(numbers(t.title));
        expect(numbers(tr?.summary), `${t.id} ${lang} summary`).toEqual(numbers(t.summary));
      }
      expect(t.i18n?.ar?.summary).toMatch(/^[^A-Za-z]*$/);
    }
  });

  it('have a different title in each language', () => {
    for (const lang of ['en', 'es', 'ar'] as const) {
      const titles = threads.map((t) => (lang === 'en' ? t.title : t.i18n?.[lang]?.title));
      expect(new Set(titles).size, lang).toBe(threads.length);
    }
  });
});
