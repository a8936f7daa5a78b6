import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LAT,
  clampMapView,
  formatMapParam,
  isSameOriginDataPath,
  isValidIsoDay,
  parseUrlState,
  sameUrlState,
  serializeUrlState,
  type IgnoredParam,
  type MapView,
  type ParseOptions,
  type UrlState,
} from './codec';

// A local copy rather than the dataset's list: the codec must not care which
// categories exist, only that the caller tells it.
const CATS = ['diplomatic', 'political', 'cultural', 'economic', 'conflict', 'era'] as const;
const LANGS = ['en', 'es', 'ar'] as const;
const OPTIONS: ParseOptions = { knownCategories: CATS, languages: LANGS };
const KEYS = ['data', 'lang', 'event', 'from', 'to', 'map', 'cat', 'q'] as const;

const parse = (search: string, options: ParseOptions = OPTIONS) => parseUrlState(search, options);

/** The single ignored entry for `key`, failing loudly if there is not exactly one. */
function ignoredFor(ignored: IgnoredParam[], key: string): IgnoredParam {
  const matches = ignored.filter((i) => i.key === key);
  expect(matches).toHaveLength(1);
  return matches[0]!;
}

// ---------------------------------------------------------------- oracles
// Written independently of the codec so the properties do not just restate it.

function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return (
    y >= 1 &&
    y <= 9999 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}

function expectValidMap(map: MapView): void {
  for (const n of [map.zoom, map.lat, map.lng]) expect(Number.isFinite(n)).toBe(true);
  expect(map.zoom).toBeGreaterThanOrEqual(0);
  expect(map.zoom).toBeLessThanOrEqual(19);
  expect(Math.abs(map.lat)).toBeLessThanOrEqual(85.0511);
  expect(map.lng).toBeGreaterThanOrEqual(-180);
  expect(map.lng).toBeLessThan(180);
}

/** Everything a parsed state promises the app, checked from the outside. */
function expectValidState(state: UrlState, options: ParseOptions): void {
  if (state.event !== undefined) {
    expect(state.event).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
  }
  expect(state.from === undefined).toBe(state.to === undefined);
  if (state.from !== undefined && state.to !== undefined) {
    expect(isRealDay(state.from)).toBe(true);
    expect(isRealDay(state.to)).toBe(true);
    expect(state.from < state.to).toBe(true);
  }
  if (state.map) expectValidMap(state.map);
  if (state.cat) {
    expect(new Set(state.cat).size).toBe(state.cat.length);
    if (options.knownCategories) {
      const known = options.knownCategories;
      expect(state.cat).toEqual(known.filter((c) => state.cat?.includes(c)));
    }
  }
  if (state.q !== undefined) {
    expect(state.q).not.toBe('');
    expect(state.q).toBe(state.q.trim());
    expect(Array.from(state.q).length).toBeLessThanOrEqual(100);
    expect(state.q).not.toMatch(/\p{Cc}/u);
  }
  if (state.lang !== undefined) {
    expect(options.languages ?? ['en', 'es', 'ar']).toContain(state.lang);
  }
  if (state.data !== undefined) {
    expect(state.data).toMatch(/^[A-Za-z0-9._~/-]+\.json$/);
    expect(state.data).not.toContain('//');
    expect(state.data.split('/')).not.toContain('..');
    expect(new URL(state.data, 'http://localhost/base/').origin).toBe('http://localhost');
  }
}

// ------------------------------------------------------------- arbitraries

const eventIdArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
const dayArb = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const windowArb = fc
  .tuple(dayArb, dayArb)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a }));
const mapArb: fc.Arbitrary<MapView> = fc.record({
  zoom: fc.oneof(fc.integer({ min: 0, max: 19 }), fc.double({ min: 0, max: 19, noNaN: true })),
  lat: fc.double({ min: -MAX_LAT, max: MAX_LAT, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, maxExcluded: true, noNaN: true }),
});
const catArb = fc.subarray([...CATS]);
const segmentArb = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== '..');
const dataArb = fc
  .tuple(
    fc.constantFrom('/', './', ''),
    fc.array(segmentArb, { maxLength: 4 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
  )
  .map(([prefix, dirs, file]) => `${prefix}${[...dirs, `${file}.json`].join('/')}`);

const validStateArb: fc.Arbitrary<UrlState> = fc
  .tuple(
    fc.record(
      {
        data: dataArb,
        lang: fc.constantFrom(...LANGS),
        event: eventIdArb,
        map: mapArb,
        cat: catArb,
        q: fc.string({ unit: 'grapheme', maxLength: 120 }),
      },
      { requiredKeys: [] },
    ),
    fc.option(windowArb, { nil: undefined }),
  )
  .map(([state, window]) => (window ? { ...state, ...window } : state));

/** States whose every value is already exactly what a link can express. */
const canonicalStateArb: fc.Arbitrary<UrlState> = fc
  .tuple(
    fc.record(
      {
        data: dataArb,
        lang: fc.constantFrom(...LANGS),
        event: eventIdArb,
        map: fc.record({
          zoom: fc.integer({ min: 0, max: 1900 }).map((z) => z / 100),
          lat: fc.integer({ min: -850511, max: 850511 }).map((n) => n / 1e4),
          lng: fc.integer({ min: -1800000, max: 1799999 }).map((n) => n / 1e4),
        }),
        cat: catArb,
        q: fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 100 })
          .filter((s) => /^\S(.*\S)?$/su.test(s) && !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(s)),
      },
      { requiredKeys: [] },
    ),
    fc.option(windowArb, { nil: undefined }),
  )
  .map(([state, window]) => (window ? { ...state, ...window } : state));

/** Strings with lone surrogates and controls, which URLs can carry once encoded. */
const nastyStringArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udc00', '\u0000', '\u202e', ' ', 'a', ',', '/') }),
);

/** Raw query text that looks like ours: known and unknown keys, odd encodings. */
const querySoupArb = fc
  .tuple(
    fc.constantFrom('', '?', '??', '&'),
    fc.array(
      fc.record({
        key: fc.oneof(
          fc.constantFrom(...KEYS, 'utm_source', ''),
          fc.string({ unit: 'binary', maxLength: 6 }),
        ),
        value: fc.oneof(
          nastyStringArb,
          fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|[a-z0-9/.,+-])*$/),
          fc.stringMatching(
            /^-?\d{1,3}(\.\d{1,6})?\/-?\d{1,3}(\.\d{1,6})?\/-?\d{1,4}(\.\d{1,6})?$/,
          ),
          dayArb,
          eventIdArb,
        ),
        encode: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  )
  .map(
    ([prefix, pairs]) =>
      prefix +
      pairs
        .map(({ key, value, encode }) =>
          // Encoding both ways exercises what browsers send and what people paste.
          encode ? new URLSearchParams([[key, value]]).toString() : `${key}=${value}`,
        )
        .join('&'),
  );

// ------------------------------------------------------------------ units

describe('parseUrlState', () => {
  it('reads a full canonical link back into its state', () => {
    const search =
      '?data=/data/other.json&lang=es&event=evt-1965.a&from=1965-01-01&to=1970-12-31' +
      '&map=4/28.0000/-20.0000&cat=diplomatic,cultural&q=Damasco+1965';
    const { state, ignored } = parse(search);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      data: '/data/other.json',
      lang: 'es',
      event: 'evt-1965.a',
      from: '1965-01-01',
      to: '1970-12-31',
      map: { zoom: 4, lat: 28, lng: -20 },
      cat: ['diplomatic', 'cultural'],
      q: 'Damasco 1965',
    });
    expect(serializeUrlState(state)).toBe(search);
  });

  it('accepts the query with or without the leading "?"', () => {
    expect(parse('event=a')).toEqual(parse('?event=a'));
    expect(parse('event=a').state).toEqual({ event: 'a' });
  });

  it('returns an empty state and nothing ignored for an empty query', () => {
    expect(parse('')).toEqual({ state: {}, ignored: [] });
    expect(parse('?')).toEqual({ state: {}, ignored: [] });
  });

  it('does not throw on malformed percent-encoding', () => {
    expect(() => parse('?q=%E0%A4%A&event=%&map=%ZZ/%/%')).not.toThrow();
    expect(parse('?q=%E0%A4%A').state.q).toBe('\ufffd%A');
  });

  it('reports every unknown parameter', () => {
    const { state, ignored } = parse('?utm_source=x&event=a&Event=b&fbclid=1');
    expect(state).toEqual({ event: 'a' });
    expect(ignored.map((i) => [i.key, i.reason])).toEqual([
      ['utm_source', { code: 'unknownParameter' }],
      ['Event', { code: 'unknownParameter' }],
      ['fbclid', { code: 'unknownParameter' }],
    ]);
  });

  it('uses the first of repeated parameters and reports the rest', () => {
    const { state, ignored } = parse('?event=first&q=x&event=second&event=third');
    expect(state).toEqual({ event: 'first', q: 'x' });
    expect(ignored).toEqual([
      { key: 'event', value: 'second', reason: { code: 'repeated' } },
      { key: 'event', value: 'third', reason: { code: 'repeated' } },
    ]);
  });

  it('treats a repeat as repeated even when the first occurrence was unusable', () => {
    const { state, ignored } = parse('?lang=fr&lang=es');
    expect(state).toEqual({});
    expect(ignored.map((i) => i.reason)).toEqual([
      { code: 'notOneOf', options: 'en, es, ar' },
      { code: 'repeated' },
    ]);
  });

  it('lists ignored entries in the order they appear in the link', () => {
    const { ignored } = parse('?q=ok&map=4/95/0&zzz=1&event=<b>');
    expect(ignored.map((i) => i.key)).toEqual(['map', 'zzz', 'event']);
  });

  it('ignores any value longer than 2000 characters before reading it', () => {
    const long = 'a'.repeat(2001);
    const { state, ignored } = parse(`?event=${long}&q=${long}&map=${'1'.repeat(2001)}`);
    expect(state).toEqual({});
    expect(ignored.map((i) => [i.key, i.reason])).toEqual([
      ['event', { code: 'valueTooLong', max: 2000 }],
      ['q', { code: 'valueTooLong', max: 2000 }],
      ['map', { code: 'valueTooLong', max: 2000 }],
    ]);
    expect(parse(`?event=a&q=${'a'.repeat(2000)}`).state.q).toHaveLength(100);
  });

  it('shortens ignored values to 80 characters for display', () => {
    const { ignored } = parse(`?event=${'<'.repeat(500)}&${'k'.repeat(200)}=1`);
    expect(ignored).toHaveLength(2);
    for (const entry of ignored) {
      expect(Array.from(entry.key).length).toBeLessThanOrEqual(80);
      expect(Array.from(entry.value).length).toBeLessThanOrEqual(80);
    }
    expect(ignored[0]?.value.endsWith('…')).toBe(true);
  });

  it('does not split a surrogate pair when shortening a displayed value', () => {
    const { ignored } = parse(`?lang=${'😀'.repeat(100)}`);
    const { value } = ignoredFor(ignored, 'lang');
    expect(value).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(Array.from(value)).toHaveLength(80);
  });

  describe('a link longer than 8000 characters', () => {
    it('reads only complete pairs from the first 8000 characters and says so', () => {
      const head = `q=kept&zz=${'y'.repeat(7980)}`;
      // The cut lands inside `event=abcdef`, after "abc".
      const { state, ignored } = parse(`?${head}&event=abcdef&cat=era`);
      // "abc" would be a valid but different id, so the straddling pair is dropped.
      expect(state).toEqual({ q: 'kept' });
      expect(ignored.map((i) => [i.key, i.reason])).toEqual([
        ['zz', { code: 'unknownParameter' }],
        ['', { code: 'linkTooLong', max: 8000 }],
      ]);
      expect(ignored[1]?.value).toBe('event=abcdef&cat=era');
    });

    it('keeps the last pair when the cut falls exactly on a separator', () => {
      const tail = '&event=abc';
      const filler = 'y'.repeat(8000 - 'zz='.length - tail.length);
      const { state, ignored } = parse(`?zz=${filler}${tail}&q=unread`);
      expect(state).toEqual({ event: 'abc' });
      expect(ignored.map((i) => [i.key, i.value])).toEqual([
        ['zz', `${'y'.repeat(79)}…`],
        ['', 'q=unread'],
      ]);
    });

    it('does not truncate a link of exactly 8000 characters', () => {
      const search = `?q=x&zz=${'y'.repeat(8000 - 'q=x&zz='.length)}`;
      const { ignored } = parse(search);
      expect(ignored.map((i) => i.reason)).toEqual([{ code: 'unknownParameter' }]);
    });
  });

  describe('event', () => {
    it('accepts ids made of letters, digits, ".", "_" and "-"', () => {
      expect(parse('?event=1965_cuba-syria.ties').state.event).toBe('1965_cuba-syria.ties');
    });

    it('drops markup instead of passing it on', () => {
      const { state, ignored } = parse(`?event=${encodeURIComponent('<script>alert(1)</script>')}`);
      expect(state.event).toBeUndefined();
      expect(ignoredFor(ignored, 'event')).toEqual({
        key: 'event',
        value: '<script>alert(1)</script>',
        reason: { code: 'invalidEventId' },
      });
    });

    it('drops ids that start with punctuation or exceed 100 characters', () => {
      expect(parse('?event=.hidden').state).toEqual({});
      expect(parse(`?event=${'a'.repeat(101)}`).state).toEqual({});
      expect(parse(`?event=${'a'.repeat(100)}`).state.event).toHaveLength(100);
      expect(parse('?event=').ignored).toHaveLength(1);
    });
  });

  describe('from and to', () => {
    it('accepts a window of two real days in order', () => {
      expect(parse('?from=2000-02-29&to=2024-02-29').state).toEqual({
        from: '2000-02-29',
        to: '2024-02-29',
      });
    });

    it('drops both ends when from is after to', () => {
      const { state, ignored } = parse('?from=1990-01-01&to=1970-01-01');
      expect(state).toEqual({});
      expect(ignoredFor(ignored, 'from').reason).toEqual({ code: 'notBeforeTo' });
      expect(ignoredFor(ignored, 'to').reason).toEqual({ code: 'notAfterFrom' });
    });

    it('drops both ends when from equals to', () => {
      expect(parse('?from=1990-01-01&to=1990-01-01').state).toEqual({});
    });

    it('drops both ends when one is not a real date', () => {
      const { state, ignored } = parse('?from=1965-13-45&to=1970-01-01');
      expect(state).toEqual({});
      expect(ignoredFor(ignored, 'from').reason).toEqual({ code: 'invalidDate' });
      expect(ignoredFor(ignored, 'to').reason).toEqual({ code: 'needsOtherEnd', other: 'from' });
    });

    it('rejects the 29th of February outside leap years', () => {
      const { state, ignored } = parse('?from=2023-02-29&to=2023-03-01');
      expect(state).toEqual({});
      expect(ignoredFor(ignored, 'from').reason).toEqual({ code: 'invalidDate' });
    });

    it('drops a lone end rather than guessing the other', () => {
      const { state, ignored } = parse('?to=1970-01-01');
      expect(state).toEqual({});
      expect(ignored).toEqual([
        { key: 'to', value: '1970-01-01', reason: { code: 'needsOtherEnd', other: 'from' } },
      ]);
    });
  });

  describe('map', () => {
    it('reads the OpenStreetMap zoom/lat/lng form', () => {
      expect(parse('?map=4/28.0000/-20.0000').state.map).toEqual({ zoom: 4, lat: 28, lng: -20 });
      expect(parse('?map=12.5/23.1136/-82.3666').state.map).toEqual({
        zoom: 12.5,
        lat: 23.1136,
        lng: -82.3666,
      });
    });

    it('rounds to the precision a link can express', () => {
      expect(parse('?map=4.567/28.123456/-20.00004').state.map).toEqual({
        zoom: 4.57,
        lat: 28.1235,
        lng: -20,
      });
    });

    it('wraps longitude into [-180, 180)', () => {
      expect(parse('?map=3/0/190').state.map?.lng).toBe(-170);
      expect(parse('?map=3/0/180').state.map?.lng).toBe(-180);
      expect(parse('?map=3/0/-180').state.map?.lng).toBe(-180);
      expect(parse('?map=3/0/-540.5').state.map?.lng).toBe(179.5);
      expect(parse('?map=3/0/179.99996').state.map?.lng).toBe(-180);
    });

    it.each([
      ['NaN', '4/NaN/0', { code: 'mapNotPlainNumbers' }],
      ['Infinity', '4/0/Infinity', { code: 'mapNotPlainNumbers' }],
      ['an exponent', '4/1e308/0', { code: 'mapNotPlainNumbers' }],
      ['hex', '0x4/0/0', { code: 'mapNotPlainNumbers' }],
      ['a leading plus', '4/+20/0', { code: 'mapNotPlainNumbers' }],
      ['a bare dot', '4/.5/0', { code: 'mapNotPlainNumbers' }],
      ['spaces', '4/ 20/0', { code: 'mapNotPlainNumbers' }],
      ['a number beyond double range', `4/0/${'9'.repeat(400)}`, { code: 'mapNumberTooLarge' }],
      ['two parts', '4/28', { code: 'mapShape' }],
      ['four parts', '4/28/0/1', { code: 'mapShape' }],
      ['latitude 95', '4/95/0', { code: 'mapLatitudeOutside', max: 85.0511 }],
      ['latitude -85.0512', '4/-85.0512/0', { code: 'mapLatitudeOutside', max: 85.0511 }],
      ['zoom 20', '20/0/0', { code: 'mapZoomOutside', min: 0, max: 19 }],
      ['zoom -1', '-1/0/0', { code: 'mapZoomOutside', min: 0, max: 19 }],
    ])('drops the whole view for %s', (_name, value, reason) => {
      const { state, ignored } = parse(`?map=${encodeURIComponent(value)}`);
      expect(state.map).toBeUndefined();
      expect(ignored.map((i) => [i.key, i.reason])).toEqual([['map', reason]]);
      expect(value.startsWith(ignored[0]?.value.replace(/…$/, '') ?? '-')).toBe(true);
    });

    it('accepts the edges of the valid ranges', () => {
      expect(parse('?map=0/-85.0511/0').state.map).toEqual({ zoom: 0, lat: -85.0511, lng: 0 });
      expect(parse('?map=19/85.0511/0').state.map).toEqual({ zoom: 19, lat: 85.0511, lng: 0 });
    });

    it('normalises negative zero so equal views compare equal', () => {
      expect(parse('?map=-0/-0.0000/-0.00001').state.map).toEqual({ zoom: 0, lat: 0, lng: 0 });
      expect(Object.is(parse('?map=0/-0/0').state.map?.lat, 0)).toBe(true);
    });
  });

  describe('cat', () => {
    it('drops unknown categories, removes duplicates and uses the known order', () => {
      const { state, ignored } = parse('?cat=era,bogus,diplomatic,era,%3Cb%3E');
      expect(state.cat).toEqual(['diplomatic', 'era']);
      expect(ignored).toEqual([
        { key: 'cat', value: 'bogus', reason: { code: 'unknownCategory' } },
        { key: 'cat', value: '<b>', reason: { code: 'unknownCategory' } },
      ]);
    });

    it('reads an empty value as "no category visible"', () => {
      expect(parse('?cat=')).toEqual({ state: { cat: [] }, ignored: [] });
      expect(parse('?cat').state.cat).toEqual([]);
    });

    it('shows all categories when none of the listed ones is known', () => {
      const { state, ignored } = parse('?cat=diplomatc');
      expect(state.cat).toBeUndefined();
      expect(ignored.map((i) => i.reason)).toEqual([
        { code: 'unknownCategory' },
        { code: 'noKnownCategories' },
      ]);
    });

    it('tolerates spaces and empty items around commas', () => {
      expect(parse('?cat=%20era%20,,political,').state.cat).toEqual(['political', 'era']);
    });

    it('without known categories, accepts well-formed names in link order', () => {
      const { state, ignored } = parse('?cat=zeta,alpha,zeta,a%20b', {});
      expect(state.cat).toEqual(['zeta', 'alpha']);
      expect(ignored.map((i) => [i.value, i.reason])).toEqual([
        ['a b', { code: 'invalidCategoryName' }],
      ]);
    });
  });

  describe('q', () => {
    it('keeps markup as plain text: escaping is the renderer’s job', () => {
      const text = '<script>alert(1)</script>';
      const { state, ignored } = parse(`?q=${encodeURIComponent(text)}`);
      expect(state.q).toBe(text);
      expect(ignored).toEqual([]);
    });

    it('trims, strips control characters and treats blank as absent', () => {
      expect(parse('?q=%20%20Havana%00%1B%7F%C2%9F%20').state.q).toBe('Havana');
      expect(parse('?q=a%0Ab%09c').state.q).toBe('a b c');
      expect(parse('?q=%E2%80%AEevil').state.q).toBe('evil');
      expect(parse('?q=%20%20')).toEqual({ state: {}, ignored: [] });
      expect(parse('?q=')).toEqual({ state: {}, ignored: [] });
    });

    it('keeps joiners that writing systems need', () => {
      expect(parse(`?q=${encodeURIComponent('👩‍💻 می‌خواهم')}`).state.q).toBe('👩‍💻 می‌خواهم');
    });

    it('shortens text beyond 100 characters and reports it', () => {
      const { state, ignored } = parse(`?q=${'é'.repeat(99)}😀😀`);
      expect(state.q).toBe(`${'é'.repeat(99)}😀`);
      expect(ignoredFor(ignored, 'q').reason).toEqual({ code: 'queryShortened', max: 100 });
    });
  });

  describe('lang', () => {
    it('accepts only the configured languages', () => {
      expect(parse('?lang=ar').state.lang).toBe('ar');
      expect(parse('?lang=fr').ignored).toEqual([
        { key: 'lang', value: 'fr', reason: { code: 'notOneOf', options: 'en, es, ar' } },
      ]);
      expect(parse('?lang=EN').state).toEqual({});
      expect(parse('?lang=fr', { languages: ['fr'] }).state.lang).toBe('fr');
    });

    it('defaults to en, es and ar', () => {
      expect(parseUrlState('?lang=es').state.lang).toBe('es');
      expect(parseUrlState('?lang=de').state.lang).toBeUndefined();
    });
  });

  describe('data', () => {
    it.each(['/data/other.json', 'data/x.json', './data/x.json', '/a/./b~c/d_e-f.g.json'])(
      'accepts the same-origin path %s',
      (path) => {
        expect(parse(`?data=${path}`)).toEqual({ state: { data: path }, ignored: [] });
      },
    );

    it.each([
      ['//evil.example/x.json', /^data(Characters|NotSameOrigin)$/],
      ['https://evil.example/x.json', /^data(Characters|NotSameOrigin)$/],
      ['javascript:alert(1)', /^data(Characters|NotSameOrigin)$/],
      ['data:application/json,{}', /^data(Characters|NotSameOrigin)$/],
      // A scheme without '//' still names another origin when it differs from ours.
      ['http:evil.example/x.json', /^data(Characters|NotSameOrigin)$/],
      ['javascript:x.json', /^data(Characters|NotSameOrigin)$/],
      ['../x.json', /^dataDotSegments$/],
      ['/data/../../x.json', /^dataDotSegments$/],
      ['%2e%2e/x.json', /^data(Characters|NotSameOrigin)$/],
      ['\\\\evil.example\\x.json', /^data(Characters|NotSameOrigin)$/],
      ['/data/x.json?y=1', /^data(Characters|NotSameOrigin)$/],
      ['/data/ x.json', /^data(Characters|NotSameOrigin)$/],
      ['/data/x\n.json', /^data(Characters|NotSameOrigin)$/],
      ['/data//x.json', /^data(Characters|NotSameOrigin)$/],
      ['/data/x.js', /^dataNotJson$/],
      ['/data/.json', /^dataNotJson$/],
      [`/${'a'.repeat(300)}.json`, /^dataTooLong$/],
    ])('rejects %j', (path, reason) => {
      const { state, ignored } = parse(`?data=${encodeURIComponent(path)}`);
      expect(state.data).toBeUndefined();
      expect(ignoredFor(ignored, 'data').reason.code).toMatch(reason);
    });
  });
});

describe('isValidIsoDay', () => {
  it('follows the Gregorian leap-year rules', () => {
    expect(isValidIsoDay('2024-02-29')).toBe(true);
    expect(isValidIsoDay('2000-02-29')).toBe(true);
    expect(isValidIsoDay('2023-02-29')).toBe(false);
    expect(isValidIsoDay('1900-02-29')).toBe(false);
    expect(isValidIsoDay('1965-04-31')).toBe(false);
    expect(isValidIsoDay('1965-13-45')).toBe(false);
    expect(isValidIsoDay('1965-13-01')).toBe(false);
    expect(isValidIsoDay('1965-00-01')).toBe(false);
    expect(isValidIsoDay('1965-01-00')).toBe(false);
  });

  it('accepts only zero-padded days in years 0001 to 9999, every year a dataset may give', () => {
    expect(isValidIsoDay('0001-01-01')).toBe(true);
    expect(isValidIsoDay('0100-02-28')).toBe(true);
    expect(isValidIsoDay('9999-12-31')).toBe(true);
    expect(isValidIsoDay('0000-12-31')).toBe(false);
    expect(isValidIsoDay('10000-01-01')).toBe(false);
    expect(isValidIsoDay('1965-1-01')).toBe(false);
    expect(isValidIsoDay('1965-01-01T00:00')).toBe(false);
  });

  it('agrees with the calendar for every YYYY-MM-DD shape', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        // Mostly near the month and day limits, where calendars go wrong.
        fc.oneof(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 99 })),
        fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 99 })),
        (y, m, d) => {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isValidIsoDay(s)).toBe(isRealDay(s));
        },
      ),
    );
  });
});

describe('isSameOriginDataPath', () => {
  it('never accepts a path that leaves the origin or climbs above the app', () => {
    const urlishArb = fc.string({
      unit: fc.constantFrom(
        ...['http:', 'https:', 'javascript:', '/', '//', '.', '..', '\\', '%2e', '%2f', '@'],
        ...[':', '?', '#', ' ', '\t', 'evil.example', 'data', 'x', '.json'],
      ),
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.oneof(nastyStringArb, urlishArb), (path) => {
        if (!isSameOriginDataPath(path)) return;
        const url = new URL(path, 'http://localhost/base/');
        expect(url.origin).toBe('http://localhost');
        if (!path.startsWith('/')) expect(url.pathname.startsWith('/base/')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatMapParam', () => {
  it('writes the OpenStreetMap form with 4 decimals', () => {
    expect(formatMapParam({ zoom: 4, lat: 28, lng: -20 })).toBe('4/28.0000/-20.0000');
    expect(formatMapParam({ zoom: 6, lat: 33.51305, lng: 36.29124 })).toBe('6/33.5131/36.2912');
  });

  it('writes an integral zoom bare and a fractional one with up to 2 decimals', () => {
    expect(formatMapParam({ zoom: 4.5, lat: 0, lng: 0 })).toBe('4.5/0.0000/0.0000');
    expect(formatMapParam({ zoom: 4.256, lat: 0, lng: 0 })).toBe('4.26/0.0000/0.0000');
    expect(formatMapParam({ zoom: 4.001, lat: 0, lng: 0 })).toBe('4/0.0000/0.0000');
  });

  it('clamps and wraps instead of writing an invalid view', () => {
    expect(formatMapParam({ zoom: 25, lat: 95, lng: 190 })).toBe('19/85.0511/-170.0000');
    expect(formatMapParam({ zoom: -3, lat: -95, lng: 179.99999 })).toBe('0/-85.0511/-180.0000');
    expect(formatMapParam({ zoom: 3, lat: -0.00001, lng: -0 })).toBe('3/0.0000/0.0000');
  });
});

describe('clampMapView', () => {
  it('clamps zoom and latitude and wraps longitude', () => {
    expect(clampMapView({ zoom: 30, lat: 95, lng: 540 })).toEqual({
      zoom: 19,
      lat: 85.0511,
      lng: -180,
    });
    expect(clampMapView({ zoom: -1, lat: -1e308, lng: -190 })).toEqual({
      zoom: 0,
      lat: -85.0511,
      lng: 170,
    });
  });

  it('maps longitude 180 to -180, the same meridian', () => {
    expect(clampMapView({ zoom: 1, lat: 0, lng: 180 }).lng).toBe(-180);
  });

  it('leaves a valid view untouched', () => {
    const view = { zoom: 7.123, lat: 23.113592, lng: -82.366592 };
    expect(clampMapView(view)).toEqual(view);
  });

  it('replaces numbers that name no position with 0', () => {
    expect(clampMapView({ zoom: NaN, lat: NaN, lng: Infinity })).toEqual({
      zoom: 0,
      lat: 0,
      lng: 0,
    });
  });
});

describe('serializeUrlState', () => {
  it('returns an empty string for an empty state', () => {
    expect(serializeUrlState({})).toBe('');
  });

  it('writes keys in canonical order whatever the object order', () => {
    const state: UrlState = {
      q: 'x',
      cat: ['era'],
      map: { zoom: 2, lat: 1, lng: 1 },
      to: '2000-01-01',
      from: '1999-01-01',
      event: 'e',
      lang: 'en',
      data: '/d.json',
    };
    expect(serializeUrlState(state)).toBe(
      '?data=/d.json&lang=en&event=e&from=1999-01-01&to=2000-01-01&map=2/1.0000/1.0000&cat=era&q=x',
    );
  });

  it('keeps "/" and "," readable and encodes the search text', () => {
    expect(
      serializeUrlState({
        map: { zoom: 4, lat: 28, lng: -20 },
        cat: ['diplomatic', 'era'],
        q: 'a&b=c /,#%',
      }),
    ).toBe('?map=4/28.0000/-20.0000&cat=diplomatic,era&q=a%26b%3Dc+%2F%2C%23%25');
  });

  it('writes an empty category list as "cat="', () => {
    expect(serializeUrlState({ cat: [] })).toBe('?cat=');
  });

  it('clamps an out-of-range map view and omits a non-finite one', () => {
    expect(serializeUrlState({ map: { zoom: 4, lat: 95, lng: 0 } })).toBe('?map=4/85.0511/0.0000');
    expect(serializeUrlState({ map: { zoom: 4, lat: NaN, lng: 0 } })).toBe('');
    expect(serializeUrlState({ map: { zoom: 4, lat: 0, lng: Infinity } })).toBe('');
  });

  it('omits values it could not read back', () => {
    expect(
      serializeUrlState({
        event: '<script>',
        from: '1999-01-01',
        data: '//evil.example/x.json',
        lang: 'e n',
        cat: ['era', 'a,b', 'era'],
        q: ' \u0000 ',
      }),
    ).toBe('?cat=era');
    expect(serializeUrlState({ from: '2000-01-01', to: '1999-01-01' })).toBe('');
    expect(serializeUrlState({ lang: `en${'-abcdefgh'.repeat(4)}` })).toBe('');
    expect(serializeUrlState({ lang: 'pt-BR' })).toBe('?lang=pt-BR');
    expect(serializeUrlState({ from: '2023-02-29', to: '2024-01-01' })).toBe('');
  });

  it('writes search text with lone surrogates as replacement characters', () => {
    const search = serializeUrlState({ q: 'a\ud800b' });
    expect(search).toBe('?q=a%EF%BF%BDb');
    expect(parse(search).state.q).toBe('a\ufffdb');
  });
});

describe('sameUrlState', () => {
  it('compares what the link would say, not the objects', () => {
    expect(
      sameUrlState(
        { map: { zoom: 4, lat: 28.00001, lng: 340 }, q: ' x ' },
        { q: 'x', map: { zoom: 4, lat: 28, lng: -20 } },
      ),
    ).toBe(true);
    expect(sameUrlState({ event: 'a' }, { event: 'b' })).toBe(false);
    expect(sameUrlState({ cat: [] }, {})).toBe(false);
  });
});

// --------------------------------------------------------------- properties

/** Fixed, so that a failure reproduces; FUZZ_SEED=n npx vitest run explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20241208);

describe('codec properties', () => {
  it('gives a canonical link that is its own canonical link (seeded link fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(querySoupArb, nastyStringArb), (search) => {
        const once = serializeUrlState(parse(search).state);
        const twice = serializeUrlState(parse(once).state);
        expect(twice).toBe(once);
        expect(parse(once).ignored).toEqual([]);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(nastyStringArb, (search) => {
        const { state } = parse(search);
        expectValidState(state, OPTIONS);
      }),
    );
  });

  it('only ever yields valid state from link-shaped input', () => {
    fc.assert(
      fc.property(querySoupArb, fc.boolean(), (search, withKnown) => {
        const options = withKnown ? OPTIONS : { languages: LANGS };
        const { state, ignored } = parse(search, options);
        expectValidState(state, options);
        for (const entry of ignored) {
          expect(Array.from(entry.value).length).toBeLessThanOrEqual(80);
          expect(entry.reason.code).toMatch(/^[a-z][A-Za-z]+$/);
        }
        // Whatever was accepted is already canonical: writing it and reading
        // it back changes nothing and reports nothing.
        expect(parse(serializeUrlState(state), options)).toEqual({ state, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid state through its canonical link', () => {
    fc.assert(
      fc.property(validStateArb, (s) => {
        const search = serializeUrlState(s);
        const { state, ignored } = parse(search);
        expect(ignored).toEqual([]);
        expect(serializeUrlState(state)).toBe(search);
      }),
    );
  });

  it('reads back a canonical state exactly', () => {
    fc.assert(
      fc.property(canonicalStateArb, (s) => {
        expect(parse(serializeUrlState(s)).state).toEqual(s);
      }),
    );
  });

  it('never writes a link it cannot read back, whatever the state holds', () => {
    const hostileStateArb: fc.Arbitrary<UrlState> = fc.record(
      {
        data: fc.oneof(dataArb, nastyStringArb),
        lang: fc.constantFrom(...LANGS, '', 'e n', 'x'.repeat(40), '<b>'),
        event: fc.oneof(eventIdArb, nastyStringArb),
        from: fc.oneof(dayArb, nastyStringArb),
        to: fc.oneof(dayArb, nastyStringArb),
        map: fc.record({ zoom: fc.double(), lat: fc.double(), lng: fc.double() }),
        cat: fc.array(fc.oneof(fc.constantFrom(...CATS), nastyStringArb)),
        q: fc.oneof(nastyStringArb, fc.string({ unit: 'grapheme', maxLength: 300 })),
      },
      { requiredKeys: [] },
    );
    const options = { languages: LANGS };
    fc.assert(
      fc.property(hostileStateArb, (s) => {
        const search = serializeUrlState(s);
        const { state, ignored } = parse(search, options);
        expect(ignored).toEqual([]);
        expectValidState(state, options);
        expect(serializeUrlState(state)).toBe(search);
      }),
    );
  });

  it('keeps any parsed map view in range, whatever numbers the link holds', () => {
    const numberTextArb = fc.oneof(
      fc.double().map(String),
      fc.double().map((d) => d.toFixed(4)),
      fc.integer().map(String),
      fc.stringMatching(/^-?\d{1,400}(\.\d{1,30})?$/),
      fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-0', '85.0511', '85.05111'),
    );
    fc.assert(
      fc.property(numberTextArb, numberTextArb, numberTextArb, (zoom, lat, lng) => {
        const { state } = parse(`?map=${zoom}/${lat}/${lng}`);
        const plain = [zoom, lat, lng].every((p) => /^-?\d+(\.\d+)?$/.test(p));
        const [z, la, ln] = [Number(zoom), Number(lat), Number(lng)];
        const inRange =
          plain &&
          Number.isFinite(ln) &&
          z >= 0 &&
          z <= 19 &&
          Math.abs(la) <= 85.0511 &&
          Number.isFinite(la);
        // Two-sided: valid views are never lost, invalid ones never slip through.
        expect(state.map !== undefined).toBe(inRange);
        if (state.map) expectValidMap(state.map);
      }),
      { numRuns: 500 },
    );
  });
});

describe('embed', () => {
  it('reads and writes the embed view, and reports other values', () => {
    expect(parseUrlState('?embed=1').state.embed).toBe('1');
    expect(parseUrlState('?embed=tools').state.embed).toBe('tools');
    const bad = parseUrlState('?embed=yes');
    expect(bad.state.embed).toBeUndefined();
    expect(bad.ignored).toEqual([
      { key: 'embed', value: 'yes', reason: { code: 'notOneOf', options: '1, tools' } },
    ]);
    expect(serializeUrlState({ event: 'a', embed: '1' })).toBe('?event=a&embed=1');
  });
});

describe('thread', () => {
  it('reads and writes the thread a reader follows, after the event', () => {
    const { state, ignored } = parseUrlState('?event=a&thread=un-votes');
    expect(state).toEqual({ event: 'a', thread: 'un-votes' });
    expect(ignored).toEqual([]);
    expect(serializeUrlState({ thread: 'un-votes', event: 'a' })).toBe('?event=a&thread=un-votes');
  });
  it('reports a thread id it cannot read', () => {
    const { state, ignored } = parseUrlState('?thread=<b>');
    expect(state).toEqual({});
    expect(ignored).toEqual([{ key: 'thread', value: '<b>', reason: { code: 'invalidThreadId' } }]);
  });
});
