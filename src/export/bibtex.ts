/**
 * BibTeX entries that bibtex, biber and LaTeX read as written: every
 * character that means something to them is escaped (a lone brace, a
 * backslash, ^ ~ # % & _ $), and the capitals of titles are protected so
 * that a style that lower-cases titles keeps "Havana" and "Syria". Pure.
 */

/**
 * Text for a BibTeX field. Braces are written as commands (\textbraceleft{}),
 * not as \{: bibtex counts a brace even after a backslash, so one lone "{"
 * would swallow the rest of the file.
 */
export function bibtexEscape(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\{}^~#%&_$]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '{':
        return '\\textbraceleft{}';
      case '}':
        return '\\textbraceright{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${c}`;
    }
  });
}

/**
 * A title with its capitals protected: each word holding a capital letter
 * in braces ("{Havana}"). A word that starts with a command gets an empty
 * group first, so that bibtex does not take the braces for an accent.
 */
export function bibtexTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (!/\p{Lu}/u.test(word)) return bibtexEscape(word);
      const escaped = bibtexEscape(word);
      return escaped.startsWith('\\') ? `{{}${escaped}}` : `{${escaped}}`;
    })
    .join('');
}

/** A corporate name (a site, a publisher) as one author, never split into first and last names. */
export function bibtexCorporate(name: string): string {
  return `{${bibtexEscape(name)}}`;
}

/** An address for the url field: as given, with what would unbalance the entry percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A citation key: letters, digits and - _ : . only. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.-]+/g, '') || 'entry';
}

/** One entry: `@type{key,` then one `field = {value},` a line, then `}`. Fields given raw. */
export function bibtexEntry(
  type: string,
  key: string,
  fields: readonly (readonly [string, string | undefined])[],
): string {
  const lines = fields.flatMap(([name, value]) =>
    value === undefined || value === '' ? [] : [`  ${name} = {${value}},`],
  );
  return [`@${type}{${bibtexKey(key)},`, ...lines, '}'].join('\n');
}
