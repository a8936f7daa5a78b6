import { describe, expect, it } from 'vitest';
import {
  filterEvents,
  matchesQuery,
  normalizeForSearch,
  type PreviousFilter,
  type SearchIndexes,
} from './filter';
import type { Place, TimelineEvent } from './types';

/** Filters as the view-model does: one index, and the previous result to narrow from. */
const indexes: SearchIndexes = new WeakMap();
let previous: PreviousFilter | null = null;
function visibleEvents(
  events: TimelineEvent[],
  hidden: TimelineEvent['category'][],
  query: string,
  lang: string,
  places: readonly Place[] | undefined,
): TimelineEvent[] {
  const result = filterEvents(events, hidden, query, lang, places, indexes, previous);
  previous = { events, hidden, query, lang, places, result };
  return result;
}

const event = (
  id: string,
  title: string,
  category: TimelineEvent['category'] = 'political',
): TimelineEvent => ({
  id,
  title,
  summary: 'Cuba’s Minister of Culture signed it.',
  start: '2000',
  category,
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});

describe('search matching', () => {
  it('ignores case and accents', () => {
    expect(normalizeForSearch('Éxito AÑO')).toBe('exito ano');
    expect(matchesQuery(event('a', 'La Habana, Relación'), 'relacion', 'en', [])).toBe(true);
    expect(matchesQuery(event('a', 'Damasco'), 'DAMÁSCO', 'en', [])).toBe(true);
  });
  it('matches the summary as well as the title', () => {
    expect(matchesQuery(event('a', 'Agreement'), 'minister of culture', 'en', [])).toBe(true);
  });
  it('rejects text found in neither', () => {
    expect(matchesQuery(event('a', 'Agreement'), 'embargo', 'en', [])).toBe(false);
  });
});

describe('normalizeForSearch: what a reader takes for the same text', () => {
  const same = (a: string, b: string) => expect(normalizeForSearch(a)).toBe(normalizeForSearch(b));

  it('reads Arabic-Indic, Persian and other digits as 0-9', () => {
    expect(normalizeForSearch('٢٠١١')).toBe('2011');
    expect(normalizeForSearch('۲۰۱۱')).toBe('2011');
    expect(normalizeForSearch('२०११')).toBe('2011');
    expect(normalizeForSearch('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeForSearch('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeForSearch('２０１１')).toBe('2011');
  });

  it('drops tatweel', () => {
    same('الجـــولان', 'الجولان');
    same('كـوبـا', 'كوبا');
  });

  it('drops Arabic diacritics (harakat, shadda, sukun, superscript alef)', () => {
    same('وَقَّعَ', 'وقع');
    same('دِمَشْقُ', 'دمشق');
    same('هٰذا', 'هذا');
  });

  it('reads the forms of alef, hamza, ya and ta marbuta as a reader does', () => {
    for (const alef of ['أ', 'إ', 'آ', 'ٱ']) expect(normalizeForSearch(alef)).toBe('ا');
    same('الأسد', 'الاسد');
    same('إسرائيل', 'اسرائيل');
    same('مسؤول', 'مسوول');
    same('رئيس', 'رييس');
    same('على', 'علي');
    same('فارسی', 'فارسي');
    same('سفارة', 'سفاره');
    same('کوبا', 'كوبا');
  });

  it('reads non-breaking, double and other spaces as one space', () => {
    expect(normalizeForSearch('Díaz\u00A0Canel')).toBe('diaz canel');
    expect(normalizeForSearch('diaz  canel')).toBe('diaz canel');
    expect(normalizeForSearch(' diaz\u202F\u3000canel\t\n')).toBe('diaz canel');
  });

  it('reads ligatures, full-width and styled letters as plain ones (NFKC)', () => {
    expect(normalizeForSearch('ﬁnanciación')).toBe('financiacion');
    expect(normalizeForSearch('Ｃｕｂａ')).toBe('cuba');
    expect(normalizeForSearch('𝐂𝐮𝐛𝐚')).toBe('cuba');
    same('ﻻ', 'لا');
    same('ﺳﻮﺭﻳﺎ', 'سوريا');
  });

  it('folds letters with a stroke that have no decomposition', () => {
    expect(normalizeForSearch('Łódź')).toBe('lodz');
    expect(normalizeForSearch('Straße')).toBe('strasse');
    expect(normalizeForSearch('İstanbul')).toBe('istanbul');
  });

  it('reads hyphens, dashes and other punctuation as a space', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_', '/'])
      expect(normalizeForSearch(`Díaz${dash}Canel`)).toBe('diaz canel');
    expect(normalizeForSearch('«Cuba», (Siria)!')).toBe('cuba siria');
    expect(normalizeForSearch('سوريا، كوبا؟')).toBe(normalizeForSearch('سوريا كوبا'));
  });

  it('drops apostrophes, and periods and commas inside a word or number', () => {
    expect(normalizeForSearch("Assad's")).toBe('assads');
    expect(normalizeForSearch('Assad’s')).toBe('assads');
    expect(normalizeForSearch('U.S. embargo')).toBe('us embargo');
    expect(normalizeForSearch('1,000 doctors')).toBe('1000 doctors');
    expect(normalizeForSearch('Havana. Damascus')).toBe('havana damascus');
  });

  it('drops invisible characters (soft hyphen, joiners, direction marks)', () => {
    expect(normalizeForSearch('Dí\u00ADaz')).toBe('diaz');
    same('\u200Fدمشق\u200C', 'دمشق');
    expect(normalizeForSearch('\u2067Cuba\u2069')).toBe('cuba');
  });

  it('gives ASCII text the same form on its quick path as on the general one', () => {
    // A Cyrillic word after the text keeps it on the general path.
    const alphabet = "aZ09 .,'`-/\t\u0000(";
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = Math.floor(random() * 12); i > 0; i--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      const quick = normalizeForSearch(text);
      expect(normalizeForSearch(`${text} ж`), JSON.stringify(text)).toBe(
        quick ? `${quick} ж` : 'ж',
      );
    }
  });

  it('leaves a query of punctuation alone empty, so that it filters nothing', () => {
    expect(normalizeForSearch(' – ')).toBe('');
    expect(matchesQuery(event('a', 'Agreement'), '--', 'en', [])).toBe(true);
  });
});

describe('search: variants a reader types', () => {
  const diaz = event('d', 'Díaz-Canel signs the book of condolence');
  it('finds a hyphenated name typed with a space, a hyphen or a dash', () => {
    for (const q of ['diaz canel', 'diaz-canel', 'Díaz Canel', 'DIAZ–CANEL', 'diaz  canel'])
      expect(matchesQuery(diaz, q, 'en', [])).toBe(true);
    expect(matchesQuery(diaz, 'canel signs', 'en', [])).toBe(true);
  });
  it('finds Arabic text typed without its diacritics, tatweel or hamza, in any digits', () => {
    const ar = {
      ...event('x', 'Condolences'),
      i18n: { ar: { title: 'دياز كانيل يوقّع سجل التعازي', summary: 'بعد زلزال 6 فبراير 2023.' } },
    };
    expect(matchesQuery(ar, 'يوقع', 'ar', [])).toBe(true);
    expect(matchesQuery(ar, 'دياز كـانيل', 'ar', [])).toBe(true);
    expect(matchesQuery(ar, '٢٠٢٣', 'ar', [])).toBe(true);
    expect(matchesQuery(ar, '۲۰۲۳', 'ar', [])).toBe(true);
  });
  it('does not match across the title and the summary', () => {
    expect(matchesQuery(event('a', 'Agreement'), 'agreement cuba', 'en', [])).toBe(false);
  });
});

describe('search: places', () => {
  const golan: Place = {
    id: 'golan-heights',
    name: 'Golan Heights',
    lat: 33,
    lng: 35.75,
    precision: 'region',
    i18n: { es: { name: 'Altos del Golán' }, ar: { name: 'مرتفعات الجولان' } },
  };
  const havana: Place = { id: 'havana', name: 'Havana', lat: 23, lng: -82, precision: 'city' };
  const places = [golan, havana];
  const crews = { ...event('crews', 'Cuban tank crews deployed to Syria'), places: [golan.id] };
  const visit = { ...event('visit', 'A state visit'), places: [havana.id] };
  const events = [crews, visit];

  it('finds the events at a place by its name', () => {
    expect(visibleEvents(events, [], 'golan', 'en', places).map((e) => e.id)).toEqual(['crews']);
    expect(visibleEvents(events, [], 'havana', 'en', places).map((e) => e.id)).toEqual(['visit']);
  });
  it('looks in the place names of every language, whatever the shown language', () => {
    expect(visibleEvents(events, [], 'altos del golan', 'en', places).map((e) => e.id)).toEqual([
      'crews',
    ]);
    expect(visibleEvents(events, [], 'الجولان', 'es', places).map((e) => e.id)).toEqual(['crews']);
    expect(visibleEvents(events, [], 'Golan', 'ar', places).map((e) => e.id)).toEqual(['crews']);
    expect(matchesQuery(crews, 'golán', 'en', places)).toBe(true);
    expect(matchesQuery(visit, 'golán', 'en', places)).toBe(false);
  });
  it('keeps hiding the hidden categories', () => {
    expect(visibleEvents(events, ['political'], 'golan', 'en', places)).toEqual([]);
  });
  it('narrows by place as the reader types on, and widens again', () => {
    const at = (q: string) => visibleEvents(events, [], q, 'en', places).map((e) => e.id);
    expect(at('h')).toEqual(['crews', 'visit']);
    expect(at('ha')).toEqual(['visit']);
    expect(at('hav')).toEqual(['visit']);
    expect(at('he')).toEqual(['crews']);
  });
  it('follows the places it is given', () => {
    expect(visibleEvents(events, [], 'golan', 'en', places)).toHaveLength(1);
    expect(visibleEvents(events, [], 'golan', 'en', [havana])).toEqual([]);
  });
});
