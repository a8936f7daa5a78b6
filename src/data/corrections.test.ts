/**
 * The corrections of the December 2026 audit (docs/sources/audit-2026-12.md,
 * "Fix first" and "Sharpen"), the places where events happened, the
 * categories, and the credit the dataset carries for the article it adapts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Dataset, type TimelineEvent } from './types';

const dataset = JSON.parse(
  readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
) as Dataset;
const eventById = new Map(dataset.events.map((e) => [e.id, e]));
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const placeById = new Map(dataset.places.map((p) => [p.id, p]));

function event(id: string): TimelineEvent {
  const e = eventById.get(id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}
/** Every text of an event in one language: title, summary, note, disputes. */
function textOf(e: TimelineEvent, lang: 'en' | 'es' | 'ar'): string {
  const t = lang === 'en' ? e : (e.i18n?.[lang] ?? {});
  const disputes = (e.disputes ?? []).map((d) => (lang === 'en' ? d.text : d.i18n?.[lang]?.text));
  return [t.title, t.summary, t.note, ...disputes].filter(Boolean).join('\n');
}
const quoted = (e: TimelineEvent) => e.sources.map((c) => [c.source, c.quote]);
const sourcesOf = (e: TimelineEvent) => [
  ...e.sources.map((c) => c.source),
  ...(e.furtherSources ?? []),
];
const disputeSources = (e: TimelineEvent) => (e.disputes ?? []).flatMap((d) => d.sources ?? []);

/**
 * The only events on an embassy, each with the reason its sources put it
 * there (audit A.3): it happened at the mission, or it is the mission's own
 * business.
 */
const AT_AN_EMBASSY: Record<string, { places: string[]; reason: string }> = {
  'relations-established': {
    places: ['havana', 'damascus'],
    reason: 'the relations both missions serve (the places’ "established" date)',
  },
  'visa-exemption-agreement-2017': {
    places: ['damascus'],
    reason: 'signed at the Cuban Embassy in Damascus (CiberCuba, Radio Reloj)',
  },
  'earthquake-condolences-2023': {
    places: ['havana'],
    reason: 'the book of condolence signed at the Syrian Embassy in Havana (Escambray, ACN)',
  },
  'medical-scholarships-2023': {
    places: ['damascus'],
    reason: 'the scholarship holders seen off at the Cuban Embassy in Damascus (audit B21)',
  },
  'ambassador-credentials-2023': {
    places: ['damascus'],
    reason: 'the credentials of the ambassador who heads the Cuban Embassy in Damascus (audit B22)',
  },
};

describe('the corrected quotation on each vote', () => {
  it('quotes a report of the 23 August 2011 vote for the 23 August 2011 vote', () => {
    const e = event('human-rights-council-vote-2011');
    expect(quoted(e)[0]).toEqual([
      'anaween-sauress-2011',
      'بأغلبية 33 دولة مقابل معارضة 4 دول هي كوبا والصين وروسيا والإكوادور',
    ]);
    expect(sourcesOf(e)).toEqual([
      'anaween-sauress-2011',
      'ohchr-2011-08-23',
      'reuters-2011-08-23',
    ]);
    expect(e.summary).toContain('33 votes to 4, with 9 abstentions');
    expect(e.summary).not.toMatch(/March 2012/);
  });

  it('quotes the report of the 1 March 2012 vote (Global Research) on that vote only', () => {
    const march = event('human-rights-council-vote-march-2012');
    expect(quoted(march)).toContainEqual([
      'globalresearch-unhrc-2011',
      'Cuba also voted against the resolution',
    ]);
    const citing = dataset.events.filter((e) => sourcesOf(e).includes('globalresearch-unhrc-2011'));
    expect(citing.map((e) => e.id)).toEqual(['human-rights-council-vote-march-2012']);
  });

  it('quotes the Los Angeles Times on 16 February 2012 and Reuters on 3 August 2012', () => {
    expect(quoted(event('general-assembly-vote-2012'))).toEqual([
      [
        'latimes-dagblog-2012',
        'The countries that voted against the resolution are Belarus, Bolivia, China, Cuba, North Korea, Ecuador, Iran, Nicaragua, Russia, Syria, Venezuela and Zimbabwe.',
      ],
    ]);
    expect(quoted(event('general-assembly-vote-august-2012'))).toEqual([
      [
        'reuters-2012-08-03',
        'China, Iran and Cuba were among the dozen nations that voted against the resolution',
      ],
    ]);
    const citingReuters = dataset.events.filter((e) => sourcesOf(e).includes('reuters-2012-08-03'));
    expect(citingReuters.map((e) => e.id)).toEqual(['general-assembly-vote-august-2012']);
  });

  it('gives every Human Rights Council vote its own event in Geneva', () => {
    const votes = dataset.events
      .filter((e) => e.places.includes('palais-des-nations'))
      .map((e) => e.start)
      .sort();
    expect(votes).toEqual(['2011-04-29', '2011-08-23', '2012-03-01', '2012-06-01', '2012-09-28']);
  });
});

describe('the debt behind the 2016 shipments', () => {
  const shipment = event('first-medicines-shipment-2016');

  it('is a dispute, not a note, naming Cuba’s debt to Syria and the one report of the reverse', () => {
    expect(shipment.note ?? '').not.toMatch(/debt/i);
    const debt = (shipment.disputes ?? []).find((d) => /debt/.test(d.text));
    expect(debt?.text).toMatch(/Cuba’s debt to Syria/);
    expect(debt?.text).toMatch(/14ymedio, says the debt was Syria’s/);
    expect(debt?.sources).toEqual(
      expect.arrayContaining(['newarab-2016-12-21', '14ymedio-translatingcuba-2016-12-19']),
    );
    expect(debt?.i18n?.es?.text).toContain('la deuda de Cuba con Siria');
    expect(debt?.i18n?.ar?.text).toContain('ديون كوبا لسوريا');
  });

  it('says nowhere that the debt was Syria’s as a fact', () => {
    for (const e of dataset.events) {
      expect(textOf(e, 'en'), e.id).not.toMatch(/settlement of Syrian debt/);
      expect(textOf(e, 'es'), e.id).not.toMatch(/deuda siria/);
      expect(textOf(e, 'ar'), e.id).not.toMatch(/الديون السورية/);
    }
  });

  it('keeps the April 2016 agreement as its own event, with the same dispute', () => {
    const agreement = event('debt-agreement-2016');
    expect(agreement.start).toBe('2016-04');
    expect(agreement.disputes?.[0]?.sources).toEqual([
      'newarab-2016-12-21',
      '14ymedio-translatingcuba-2016-12-19',
    ]);
    expect(agreement.summary).not.toMatch(/Cuba’s debt|Syria’s debt|owed/);
  });
});

describe('places as they happened', () => {
  it('keeps the two embassies as they were', () => {
    expect(placeById.get('havana')).toMatchObject({
      name: 'Syrian Embassy, Havana',
      kind: 'embassy',
      lat: 23.1136,
      lng: -82.3666,
    });
    expect(placeById.get('damascus')).toMatchObject({
      name: 'Cuban Embassy, Damascus',
      kind: 'embassy',
      lat: 33.5138,
      lng: 36.2765,
    });
    expect(dataset.places.filter((p) => p.kind === 'embassy').map((p) => p.id)).toEqual([
      'havana',
      'damascus',
    ]);
  });

  it('has the two cities as places of their own, at the embassies’ city-level coordinates', () => {
    for (const [city, embassy, name] of [
      ['havana-city', 'havana', 'Havana'],
      ['damascus-city', 'damascus', 'Damascus'],
    ] as const) {
      const c = placeById.get(city);
      const e = placeById.get(embassy);
      expect(c).toMatchObject({ name, kind: 'city', precision: 'city', lat: e?.lat, lng: e?.lng });
      expect(c?.precisionNote).toMatch(/approximate location: city centre/);
    }
  });

  it('puts the Cuban tank crews on the Syrian side of the Golan front, approximately', () => {
    const front = placeById.get('golan-front');
    expect(front).toMatchObject({ precision: 'region', country: 'Syria' });
    expect(front?.precisionNote).toMatch(/Syrian side of the Golan front/);
    expect(event('cuban-tank-crews-in-syria').places).toEqual(['golan-front']);
  });

  it('shows the 2019 agreement in Havana, the city its source names', () => {
    const e = event('cultural-agreement-2019');
    expect(e.places).toEqual(['havana-city']);
    expect(e.note).toBe('The sources say only “in Havana”.');
    expect(quoted(e)).toContainEqual([
      'prensalatina-cubasi-2019-09-24',
      'The agreement was signed last night in Havana',
    ]);
  });

  it('puts no event on an embassy unless its sources put it there', () => {
    const onEmbassy = dataset.events
      .map((e) => ({
        id: e.id,
        places: e.places.filter((p) => p === 'havana' || p === 'damascus'),
      }))
      .filter((e) => e.places.length > 0);
    expect(Object.fromEntries(onEmbassy.map((e) => [e.id, e.places]))).toEqual(
      Object.fromEntries(Object.entries(AT_AN_EMBASSY).map(([id, v]) => [id, v.places])),
    );
    for (const { reason } of Object.values(AT_AN_EMBASSY)) expect(reason).not.toBe('');
  });

  it('puts events no source places anywhere on no place', () => {
    for (const id of [
      'soviet-union-dissolved',
      'civil-war-onset',
      'era-cold-war',
      'era-post-cold-war',
      'era-civil-war',
      'golan-and-embargo-positions',
    ])
      expect(event(id).places, id).toEqual([]);
  });

  it('puts the statements, visits and summits in the city where they happened', () => {
    for (const id of [
      'nam-summit-havana-1979',
      'assad-visits-cuba-2010',
      'assad-envoy-in-havana-2013',
      'troop-reports-denied-2015',
      'shayrat-strike-condemned-2017',
      'strikes-condemned-2018',
      'covid-vaccines-donated-2022',
      'g77-summit-delegation-2023',
      'statement-on-fall-of-assad',
    ])
      expect(event(id).places, id).toEqual(['havana-city']);
    for (const id of [
      'castro-visits-syria-2001',
      'first-medicines-shipment-2016',
      'condolences-fidel-castro-2016',
      'diplomatic-institutes-agreement-2023',
    ])
      expect(event(id).places, id).toEqual(['damascus-city']);
  });
});

describe('the other fixes', () => {
  it('dates the 2024 call to 4 or 5 December, as its sources do', () => {
    const e = event('foreign-ministers-call-2024');
    expect(e.start).toBe('2024-12');
    expect(e.note).toBe('The call was on 4 or 5 December 2024; the month is stored.');
    expect(textOf(e, 'en')).not.toMatch(/3rd/);
    expect(textOf(e, 'es')).not.toMatch(/día 3/);
    expect(disputeSources(e)).toEqual(['prensalatina-radiohc-2024-12-05', 'sana-2024-12-05']);
    expect(e.i18n?.ar?.summary).toContain('بسام صباغ');
  });

  it('says the G77 delegation was to meet Cuban officials, not that it met ministers', () => {
    const e = event('g77-summit-delegation-2023');
    expect(e.summary).toMatch(/was to hold meetings with Cuban officials/);
    expect(e.i18n?.es?.summary).toMatch(/debía reunirse con funcionarios cubanos/);
    expect(e.i18n?.ar?.summary).toMatch(/وكان من المقرر أن يلتقي مسؤولين كوبيين/);
    for (const lang of ['en', 'es', 'ar'] as const)
      expect(textOf(e, lang)).not.toMatch(/minist(er|ro)s cubanos|meets Cuban ministers|وزراء/);
    expect(quoted(e)).toContainEqual([
      'sana-2023-09',
      'La delegación siria sostendrá reuniones con funcionarios cubanos',
    ]);
  });

  it('names all four kinds of passport of the 2017 agreement, in three languages', () => {
    const e = event('visa-exemption-agreement-2017');
    expect(e.summary).toContain('diplomatic, official, special and service passports');
    expect(e.i18n?.es?.summary).toContain('diplomáticos, oficiales, especiales y de servicio');
    expect(e.i18n?.ar?.summary).toContain('الدبلوماسية والرسمية والخاصة وجوازات الخدمة');
    expect(quoted(e)).toContainEqual([
      'radioreloj-2017-04',
      'diplomáticos, oficiales, especiales y de servicio',
    ]);
  });

  it('titles the agreements as the article does: cultural exchange, especially in medical training', () => {
    const e = event('medical-training-agreements');
    expect(e.title).toBe('Agreements on cultural exchange, especially in medical training');
    expect(e.i18n?.es?.title).toBe(
      'Acuerdos de intercambio cultural, en particular en formación médica',
    );
    expect(e.i18n?.ar?.title).toBe('اتفاقيات للتبادل الثقافي، ولا سيما في التدريب الطبي');
    expect(e.summary).not.toMatch(/visits/);
  });

  it('spells the Arabic names as Syrian media do', () => {
    const all = JSON.stringify(dataset);
    expect(all).not.toContain('إدريس مايا');
    expect(all).not.toContain('عن ما ');
    expect(event('cultural-agreement-2019').i18n?.ar?.summary).toContain('إدريس ميا');
  });

  it('reads no source on an unidentified mirror host', () => {
    const hosts = dataset.sources.flatMap((s) => (s.url ? [new URL(s.url).hostname] : []));
    expect(hosts).not.toContain('m.hcw9969.com');
    expect(hosts).not.toContain('gitx.awsccs2.com');
    expect(sourceById.get('xinhua-2018-04-15')?.url).toBe(
      'http://www.xinhuanet.com/english/2018-04/15/c_137111566.htm',
    );
    expect(JSON.stringify(dataset.sources)).not.toMatch(/mirror\)/);
  });

  it('attributes the request for the tank crews to Granma and gives each side of each dispute', () => {
    const e = event('cuban-tank-crews-in-syria');
    expect(e.summary).toMatch(/according to Granma \(1998\)/);
    const disputes = (e.disputes ?? []).map((d) => d.text).join('\n');
    expect(disputes).toMatch(/“a brigade”/);
    expect(disputes).toMatch(/“Cuban advisors”/);
    expect(disputes).toMatch(/February 1975/);
    expect(disputes).toMatch(/T-54\/T-55.*T-62/);
    expect(disputeSources(e)).toEqual(
      expect.arrayContaining(['jta-1974-dayan', 'jta-1974-pentagon', 'afp-pltyw-1998-10-23']),
    );
  });

  it('sharpens the other disputes as the audit asks', () => {
    const relations = event('relations-established');
    expect(relations.disputes?.[0]?.text).toMatch(/53rd anniversary/);
    expect(disputeSources(relations)).toEqual(['palaestinafelix-2017', 'sana-2017-08']);
    expect(event('strikes-condemned-2018').disputes?.[0]?.text).toBe(
      'The statement is datelined 13 April; Xinhua reports its release on Saturday 14 April.',
    );
    const doses = event('covid-vaccines-donated-2022').disputes?.[0]?.text ?? '';
    for (const figure of ['240,000', '250,000', '120,000 Abdala', '80,000', '40,000'])
      expect(doses).toContain(figure);
    expect(event('fiftieth-anniversary-2015').note).toMatch(/state sources \(Cuban and Syrian\)/);
    expect(sourcesOf(event('fiftieth-anniversary-2015'))).toContain('sana-2015-08');
    expect(disputeSources(event('diplomatic-institutes-agreement-2023'))).toEqual([
      'telesur-2023-11-20',
    ]);
  });

  it('says so on every event that rests on state sources only', () => {
    for (const e of dataset.events) {
      const ids = [...new Set(sourcesOf(e))];
      if (!ids.every((id) => sourceById.get(id)?.kind === 'state')) continue;
      expect(e.note, e.id).toMatch(/state source/);
      expect(e.i18n?.es?.note, e.id).toMatch(/fuentes? estatal/);
      expect(e.i18n?.ar?.note, e.id).toMatch(/مصادر حكومية|مصدر حكومي/);
    }
  });

  it('registers the sources the audit names with their kinds', () => {
    const kinds = Object.fromEntries(dataset.sources.map((s) => [s.id, s.kind]));
    expect(kinds).toMatchObject({
      'ohchr-2011-08-23': 'un',
      'un-ga-11207': 'un',
      'unwatch-2011-04': 'ngo',
      'ishr-2011-04-30': 'ngo',
      'unwatch-2012-06-01': 'ngo',
      'palaestinafelix-2017': 'blog',
      'sana-2017-08': 'state',
      'cubaencuentro-efemerides': 'critical',
      'cibercuba-2016': 'critical',
      'reuters-2011-08-23': 'wire',
      'telesur-2023-11-20': 'newspaper',
      'minrex-2024-12-08': 'state',
    });
  });
});

describe('categories', () => {
  it('files health, education and aid under cooperation, not trade', () => {
    expect(CATEGORIES).toContain('cooperation');
    for (const id of [
      'healthcare-education-expertise',
      'technical-support-health-biotech',
      'covid-vaccines-donated-2022',
      'medical-contingent-damascus-1973',
      'medical-scholarships-2023',
    ])
      expect(event(id).category, id).toBe('cooperation');
    // The shipments settled a debt (see above): trade.
    expect(event('first-medicines-shipment-2016').category).toBe('economic');
  });
});

describe('the credit for the adapted article', () => {
  const work = dataset.license?.adapts?.[0];

  it('names the creator, the article, its licence and what is known of the version', () => {
    expect(dataset.license?.name).toBe('CC BY-SA 4.0');
    expect(work).toMatchObject({
      source: 'wikipedia-cuba-syria-relations',
      title: 'Cuba–Syria relations',
      url: 'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
      creator: 'Wikipedia contributors',
      license: 'CC BY-SA 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    // No revision id or retrieval date is recorded in the sources: none is invented.
    expect(work?.revision).toBeUndefined();
    expect(work?.retrieved).toBeUndefined();
    expect(work?.versionNote).toMatch(/No revision id or retrieval date was recorded/);
    expect(sourceById.get('wikipedia-cuba-syria-relations')?.author).toBe('Wikipedia contributors');
  });

  it('says in the data that the text was condensed, reworded, combined and translated', () => {
    for (const word of ['condensed', 'reworded', 'combined with other sources', 'translated'])
      expect(work?.changes).toContain(word);
    expect(work?.i18n?.es?.changes).toMatch(/condensado, reformulado/);
    expect(work?.i18n?.ar?.changes).toContain('مقتبس بتصرّف');
  });

  it('keeps the quotations of other publishers outside the licence', () => {
    expect(dataset.license?.quotations).toMatch(
      /remain their publishers’.*not covered by this licence/,
    );
    expect(dataset.license?.i18n?.es?.quotations).toMatch(/esta licencia no las cubre/);
    expect(dataset.license?.i18n?.ar?.quotations).toMatch(/لا تشملها هذه الرخصة/);
  });
});
