/**
 * The form of text that search compares: what a reader would call "the same
 * words" becomes the same string. Pure; no DOM, no store.
 *
 * - Case and accents are ignored ("Díaz" ~ "diaz", "İstanbul" ~ "istanbul"),
 *   and so are compatibility forms: ligatures ("ﬁ" ~ "fi"), full-width and
 *   styled letters ("Ｃｕｂａ" ~ "cuba"), superscripts, Arabic presentation
 *   forms ("ﻻ" ~ "لا"). A few letters that have no decomposition but that
 *   readers type without their stroke are folded too ("ł" ~ "l", "ß" ~ "ss").
 * - Arabic: harakat and other marks, tatweel (ـ) and invisible joiners are
 *   dropped; hamza and madda forms of alef, and alef wasla, are alef (أ إ آ ٱ ~ ا);
 *   ؤ ~ و, ئ ~ ي; alef maksura and Persian yeh are yeh (ى ی ~ ي); ta marbuta
 *   is ha (ة ~ ه); Persian keheh is kaf (ک ~ ك).
 * - Digits of every script are ASCII digits (٢٠١١ and ۲۰۱۱ ~ 2011).
 * - Apostrophes are dropped ("Assad's" ~ "assads"), as are periods inside a
 *   word or number and commas inside a number ("U.S." ~ "us", "1,000" ~ "1000").
 * - Every other run of punctuation, symbols and spaces (hyphens and dashes,
 *   non-breaking and double spaces, line breaks) is one space ("Díaz-Canel"
 *   ~ "diaz canel"), and the ends are trimmed.
 */

/** Letters folded by hand: no Unicode decomposition takes them to what readers type. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ς: 'σ',
  // Arabic: alef wasla and alef with wavy hamza; alef maksura, Persian yeh,
  // ta marbuta, Persian keheh.
  '\u0671': '\u0627',
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064A',
  '\u06CC': '\u064A',
  '\u0629': '\u0647',
  '\u06A9': '\u0643',
};

/** Apostrophes and their look-alikes (straight, curly, modifier letters, acute, grave, full-width). */
const APOSTROPHES = /['\u2018\u2019\u201B\u02B9\u02BB\u02BC\u02BD\u00B4`\uFF07]/g;

/**
 * Removed, replaced or turned into an ASCII digit: combining marks, format
 * characters (joiners, bidi controls, soft hyphen), tatweel, the folded
 * letters, and decimal digits other than 0-9.
 */
const SPECIAL =
  /[\p{M}\p{Cf}\u0640ßæœøđðłıħŧς\u0671-\u0673\u0649\u06CC\u0629\u06A9]|(?![0-9])\p{Nd}/gu;

/** A decimal digit's value: Unicode encodes every script's digits 0-9 as runs of ten. */
function digitValue(digit: string): string {
  let code = digit.codePointAt(0)!;
  let steps = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    steps += 1;
  }
  return String(steps % 10);
}

function special(ch: string): string {
  const folded = FOLDS[ch];
  if (folded !== undefined) return folded;
  return /\p{Nd}/u.test(ch) ? digitValue(ch) : '';
}

/**
 * A period inside a word or a number, a comma (or Arabic separator) inside a
 * number. The character comes first and the look-behind after it: V8 then
 * scans for the character, several times faster than trying a look-behind at
 * every position.
 */
const JOINERS = /[.\u066B](?<=[\p{L}\p{N}].)(?=[\p{L}\p{N}])|[,\u066C](?<=\p{N}.)(?=\p{N})/gu;
/** Cheap test for a text that may hold a joiner: most texts have none and skip the replace. */
const MAY_JOIN = /[.,\u066B\u066C][\p{L}\p{N}]/u;

/** Punctuation, symbols, spaces and control characters: a run of them is one space. */
const SEPARATORS = /[\p{P}\p{S}\p{Z}\p{Cc}\s]+/gu;

/** Text already in its search form once lower-cased: ASCII letters and digits, single spaces. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
/** Any character outside ASCII (astral ones show as surrogates, which are in the range). */
const NON_ASCII = /[\u0080-\uFFFF]/;

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The last two steps (joiners, then separators and trimming) for lower-case
 * ASCII text without apostrophes, in one pass: the same result as
 * {@link JOINERS} and {@link SEPARATORS}, which cost most of the time to
 * index 100,000 summaries. In such text every character but a-z and 0-9 is a
 * separator.
 */
function asciiWords(s: string): string {
  const n = s.length;
  let out = '';
  // s.slice(from, i) is kept text not yet copied to `out`.
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isAlnum(c)) continue;
    const before = i > 0 ? s.charCodeAt(i - 1) : -1;
    const after = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    // A single space between two words stays as it is.
    if (c === 32 && isAlnum(before) && isAlnum(after)) continue;
    if (
      (c === 46 && isAlnum(before) && isAlnum(after)) ||
      (c === 44 && isDigit(before) && isDigit(after))
    ) {
      out += s.slice(from, i);
      from = i + 1;
      continue;
    }
    // A run of separators (no joiner can be inside one: a joiner sits between two words).
    let end = i + 1;
    while (end < n && !isAlnum(s.charCodeAt(end))) end++;
    out += s.slice(from, i);
    if (out !== '' && end < n) out += ' ';
    from = end;
    i = end - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The lower-case, accent-free, punctuation-free form search compares (see
 * the module comment). Text that is ASCII once its accents are gone takes a
 * one-pass path for the last steps: three times quicker to index 100,000
 * English summaries than the regular expressions.
 */
export function normalizeForSearch(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  if (!NON_ASCII.test(text)) {
    const bare = text.includes("'") || text.includes('`') ? text.replace(/['`]/g, '') : text;
    return asciiWords(bare.toLowerCase());
  }
  const s = text.replace(APOSTROPHES, '').normalize('NFKD').toLowerCase().replace(SPECIAL, special);
  if (!NON_ASCII.test(s)) return asciiWords(s);
  return (MAY_JOIN.test(s) ? s.replace(JOINERS, '') : s).replace(SEPARATORS, ' ').trim();
}
