import { en, type MessageKey, type Messages } from './messages';
import type { LinkReason, LinkReasonCode } from '../url/reasons';

export const LANGUAGES = ['en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey, Messages };

/**
 * Loaded translations. English ships with the app; Spanish and Arabic (and
 * their moment locales for the timeline's axis) load when first chosen, so
 * that English readers do not download them.
 */
export const MESSAGES: Partial<Record<Language, Messages>> = { en };

const loading = new Map<Language, Promise<void>>();

/** Loads a language's messages and axis locale; resolves at once if loaded. */
export function loadLanguage(lang: Language): Promise<void> {
  if (MESSAGES[lang]) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise =
      lang === 'es'
        ? Promise.all([import('./es'), import('moment/dist/locale/es')]).then(([m]) => {
            MESSAGES.es = m.es;
          })
        : Promise.all([
            import('./ar'),
            // moment loads here rather than with the page: only the timeline uses it.
            import('moment'),
            import('moment/dist/locale/ar'),
          ]).then(([m, { default: moment }]) => {
            MESSAGES.ar = m.ar;
            // The timeline's axis in Western digits, like the rest of the Arabic text.
            moment.updateLocale('ar', { postformat: (s: string) => s, preparse: (s: string) => s });
            // updateLocale also makes it the global locale; the timeline names its own.
            moment.locale('en');
          });
    loading.set(lang, promise);
  }
  return promise;
}

/** Each language's own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  ar: 'العربية',
};

export function isLanguage(value: string | undefined | null): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

export type { Params } from './messages-types';
import type { Params } from './messages-types';

/**
 * The message in `lang` (English if missing), with `{name}` parameters filled
 * in as text. In a right-to-left language, text parameters are wrapped in
 * Unicode isolates (FSI … PDI), so that a Latin-script title or name inside
 * Arabic keeps its own direction and cannot reorder the sentence around it.
 */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = MESSAGES[lang]?.[key] ?? en[key];
  const isolate = directionOf(lang) === 'rtl';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    return isolate ? `\u2068${value}\u2069` : value;
  });
}

export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The locale handed to Intl: British English spells dates "11 August 1965".
 * Arabic uses Western digits (0–9) throughout, the interface like the
 * dataset's Arabic text (which writes "COVID-19", "G77", "11 أغسطس 1965"):
 * one digit system per language, everywhere.
 */
export function intlLocale(lang: Language): string {
  return lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-u-nu-latn' : lang;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Thousands separators of whole numbers, and from which size Spanish groups (10 000, not 1 000). */
const GROUP: Record<Language, { sep: string; from: number }> = {
  en: { sep: ',', from: 1000 },
  es: { sep: '.', from: 10000 },
  ar: { sep: ',', from: 1000 },
};

/**
 * A number as each language writes it (Western digits in all three, see
 * intlLocale). Whole numbers below a billion are written here, grouped by
 * thousands as each language groups them (i18n.test.ts checks this against
 * Intl), and skip Intl, whose first formatter costs ~10-15 ms of ICU set-up
 * during start-up (the map's distance, 10,972 km, is written at start-up).
 */
export function formatNumber(value: number, lang: Language): string {
  if (Number.isInteger(value) && value >= 0 && value < 1e9) {
    const digits = String(value);
    const { sep, from } = GROUP[lang];
    if (value < from) return digits;
    return digits.replace(/\B(?=(\d{3})+$)/g, sep);
  }
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang));
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** First supported language among the browser's preferences, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * Why part of a link was not used, in `lang`. Every reason code has a
 * message (`reason.<code>`) in every language: the key type below fails to
 * compile for a code without an English message, and each language's
 * messages must have every English key. Numbers are written as they are
 * ("8000", "85.0511"): they name limits of the link's own syntax.
 */
export function reasonText(lang: Language, reason: LinkReason): string {
  const { code, ...rest } = reason;
  const key: `reason.${LinkReasonCode}` & MessageKey = `reason.${code}`;
  const params: Params = {};
  for (const [name, value] of Object.entries(rest)) params[name] = String(value);
  return translate(lang, key, params);
}
