import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../data/dates';
import { validateDataset } from '../data/schema';
import { ar } from './ar';
import { es } from './es';
import {
  detectLanguage,
  directionOf,
  formatNumber,
  intlLocale,
  LANGUAGES,
  loadLanguage,
  translate,
} from './index';
import { en } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const MESSAGES = { en, es, ar };

describe('translations', () => {
  it('have exactly the English keys in every language', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(Object.keys(en).sort());
    }
  });

  it('keep every placeholder of the English text and add none', () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(en)) {
        const translated = MESSAGES[lang][key as keyof typeof en];
        expect(placeholders(translated), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('are not left in English (apart from words that are the same)', () => {
    const sameOnPurpose: Record<string, string[]> = {
      es: ['category.cultural', 'map.distance', 'source.blog', 'map.unitKm', 'map.unitMi'],
      ar: [],
    };
    for (const lang of ['es', 'ar'] as const) {
      const same = Object.entries(en)
        .filter(([key, text]) => MESSAGES[lang][key as keyof typeof en] === text)
        .map(([key]) => key);
      expect(same, lang).toEqual(sameOnPurpose[lang]);
    }
  });

  it('fall back to English until a language has loaded', async () => {
    expect(translate('es', 'share.copy')).toBe('Copy link');
    await loadLanguage('es');
    expect(translate('es', 'share.copy')).toBe(es['share.copy']);
  });

  it('fill in parameters as text, with numbers in the language’s digits', async () => {
    await loadLanguage('ar');
    expect(translate('en', 'list.range', { from: 1, to: 200, total: 10000 })).toBe(
      'Events 1–200 of 10,000',
    );
    expect(translate('ar', 'notice.linkIgnored', { count: 3 })).toContain('(3)');
    expect(translate('en', 'details.note', { note: '<b>x</b>' })).toBe('Note: <b>x</b>');
  });

  it('isolate Latin-script parameters inside Arabic so they keep their direction', async () => {
    await loadLanguage('ar');
    expect(translate('ar', 'source.via', { publisher: 'AFP', via: 'El Punto Crítico' })).toBe(
      '\u2068AFP\u2069، عبر \u2068El Punto Crítico\u2069',
    );
    expect(translate('es', 'source.via', { publisher: 'AFP', via: 'X' })).toBe('AFP, vía X');
  });
});

describe('the bundled dataset', () => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
  );

  it('is translated into every language it lists', () => {
    const result = validateDataset(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.languages).toEqual(['en', 'es', 'ar']);
    for (const event of result.dataset.events) {
      for (const lang of ['es', 'ar']) {
        expect(event.i18n?.[lang]?.title, `${event.id} ${lang}`).toBeTruthy();
        expect(event.i18n?.[lang]?.summary, `${event.id} ${lang}`).toBeTruthy();
      }
    }
  });

  it('writes Arabic with Western digits, like the interface', () => {
    expect(JSON.stringify(json)).not.toMatch(/[٠-٩]/);
  });

  it('keeps the names as each language spells them', () => {
    const result = validateDataset(json);
    if (!result.ok) throw new Error('invalid');
    const agreement = result.dataset.events.find((e) => e.id === 'cultural-agreement-2019')!;
    expect(agreement.i18n?.es?.summary).toContain('Alpidio Alonso');
    expect(agreement.i18n?.es?.summary).toContain('Idris Maya');
    expect(agreement.i18n?.ar?.summary).toContain('ألبيديو ألونسو');
    // As Syrian media write the ambassador's name (audit A.2).
    expect(agreement.i18n?.ar?.summary).toContain('إدريس ميا');
  });

  it('is rejected when a listed language is missing somewhere', () => {
    const broken = JSON.parse(JSON.stringify(json)) as {
      events: { i18n?: Record<string, unknown> }[];
    };
    delete broken.events[2]!.i18n!.ar;
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: 'events[2].i18n.ar',
        message: expect.stringContaining('missing ar translation'),
      }),
    ]);
  });
});

describe('dates per language', () => {
  it('spell months and keep the precision', () => {
    expect(formatDate('1965-08-11', intlLocale('en'))).toBe('11 August 1965');
    expect(formatDate('1965-08-11', intlLocale('es'))).toBe('11 de agosto de 1965');
    expect(formatDate('2024-12', intlLocale('es'))).toBe('diciembre de 2024');
    expect(formatDate('2024-12', intlLocale('en'))).toBe('December 2024');
    expect(formatDate('1991', intlLocale('es'))).toBe('1991');
  });

  it('write Arabic dates with Arabic month names and Western digits, like the dataset', () => {
    // One digit system per language, everywhere: the dataset's Arabic text
    // writes "1965", "COVID-19", so the interface does too.
    const day = formatDate('1965-08-11', intlLocale('ar'));
    expect(day).toBe('11 أغسطس 1965');
    expect(day).not.toMatch(/[٠-٩]/);
    expect(formatDate('1991', intlLocale('ar'))).toBe('1991');
    expect(formatDateRange('1991', '2011', intlLocale('ar'))).toBe('1991 – 2011');
  });

  it('format numbers per language', () => {
    expect(formatNumber(10972, 'en')).toBe('10,972');
    expect(formatNumber(10972, 'es')).toBe('10.972');
    expect(formatNumber(10972, 'ar')).toBe('10,972');
  });

  it('write whole numbers (without Intl) exactly as Intl does', () => {
    const samples = [
      ...Array.from({ length: 1000 }, (_, n) => n),
      ...Array.from({ length: 200 }, (_, n) => 990 + n * 53),
      ...Array.from({ length: 60 }, (_, k) => Math.floor(1.37 ** k)),
      9999,
      10000,
      99999,
      100000,
      999999,
      1000000,
      999999999,
    ];
    for (const lang of LANGUAGES) {
      const intl = new Intl.NumberFormat(intlLocale(lang));
      for (const n of samples) expect(formatNumber(n, lang)).toBe(intl.format(n));
      for (const n of [1e9, 1234.5, -3, -12345, 0.5])
        expect(formatNumber(n, lang)).toBe(intl.format(n));
    }
  });
});

describe('language choice', () => {
  it('follows the browser’s first supported language', () => {
    expect(detectLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLanguage(['ar-SY'])).toBe('ar');
    expect(detectLanguage(['de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('runs Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('es')).toBe('ltr');
  });
});
