import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexEscape, bibtexKey, bibtexTitle, bibtexUrl } from './bibtex';
import { citePageText } from './cite';

const HOSTILE = [
  'One { brace',
  'One } brace',
  'Cuba} @misc{evil, title={pwned}',
  'A ^ caret, a \\ backslash \\\\ and a ~ tilde',
  '#1: 50% of R&D_costs in $',
  '\\input{/etc/passwd} \\def\\x{y}',
];

describe('bibtexEscape (issue 21, item 7)', () => {
  it('keeps every entry readable and every character as written, one lone brace included', () => {
    const entries = HOSTILE.map((title, i) =>
      bibtexEntry('misc', `e${String(i)}`, [
        ['title', bibtexTitle(title)],
        ['note', bibtexEscape(title)],
        ['year', '2020'],
      ]),
    );
    // The entries one after the other, as in a .bib file: a lone brace must not swallow the next.
    const { errors, entries: parsed } = parseBibtex(`${entries.join('\n\n')}\n`);
    expect(errors).toEqual([]);
    expect(parsed.map((e) => e.key)).toEqual(HOSTILE.map((_, i) => `e${String(i)}`));
    parsed.forEach((entry, i) => {
      // The parser marks a protected group as <span class="nocase">: the protection itself.
      expect(String(entry.fields.title).replace(/<\/?span[^>]*>/g, ''), HOSTILE[i]).toBe(
        HOSTILE[i],
      );
      expect(entry.fields.note, HOSTILE[i]).toBe(HOSTILE[i]);
      expect(entry.fields.year).toBe('2020');
    });
  });

  it('writes braces and LaTeX specials as commands, so that bibtex’s brace count stays even', () => {
    expect(bibtexEscape('a{b}c')).toBe('a\\textbraceleft{}b\\textbraceright{}c');
    expect(bibtexEscape('^~\\')).toBe('\\textasciicircum{}\\textasciitilde{}\\textbackslash{}');
    expect(bibtexEscape('#%&_$')).toBe('\\#\\%\\&\\_\\$');
    for (const title of HOSTILE) {
      // Braces, counted as bibtex counts them (a backslash does not hide one), balance.
      let depth = 0;
      for (const c of bibtexTitle(title)) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth, title).toBe(0);
      expect(bibtexTitle(title)).not.toMatch(/(^|[^\\])[#%&_$^~]/);
    }
  });

  it('protects the capitals of proper nouns in titles', () => {
    expect(bibtexTitle('Agreement signed in Havana with Syria')).toBe(
      '{Agreement} signed in {Havana} with {Syria}',
    );
    expect(bibtexTitle('visit by the UN')).toBe('visit by the {UN}');
    expect(bibtexTitle('{Cuba} talks')).toBe('{{}\\textbraceleft{}Cuba\\textbraceright{}} talks');
    const { entries } = parseBibtex(
      bibtexEntry('misc', 'x', [['title', bibtexTitle('Cuba and Syria in Havana')]]),
    );
    expect(entries[0]!.fields.title).toBe('Cuba and Syria in Havana');
  });

  it('keeps keys and addresses from breaking the entry', () => {
    expect(bibtexKey('a b,c{d}é')).toBe('abcd');
    expect(bibtexKey('')).toBe('entry');
    expect(bibtexUrl('https://x.org/a b{c}\\')).toBe('https://x.org/a%20b%7Bc%7D%5C');
  });

  it('escapes a hostile event title in the page’s BibTeX', () => {
    const bib = citePageText(
      {
        lang: 'en',
        title: 'Cuba} @misc{evil, title={pwned}',
        date: '1 May 2020',
        site: 'A {site} & more',
        url: 'https://example.org/events/x/',
        accessed: new Date(Date.UTC(2026, 0, 2)),
        id: 'x',
      },
      'bibtex',
    );
    const { errors, entries } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.key)).toEqual(['x']);
    expect(String(entries[0]!.fields.title).replace(/<\/?span[^>]*>/g, '')).toBe(
      'Cuba} @misc{evil, title={pwned}',
    );
    expect(entries[0]!.fields.author).toEqual([{ name: 'A {site} & more' }]);
  });
});
