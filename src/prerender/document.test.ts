import { describe, expect, it } from 'vitest';
import { escapeHtml, notFoundDocument, pageDocument, TemplateError } from './document';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Cuba–Syria relations</title>
    <meta name="description" content="The app." />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/store-abc.js">
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

/** Every replacement pattern String.prototype.replace knows, and then some. */
const DOLLARS = ['$&', '$`', "$'", '$$', '$1', '$<name>', '$0', '$$&'];

describe('pageDocument', () => {
  const page = (text: string) =>
    pageDocument(TEMPLATE, {
      lang: 'es',
      dir: 'ltr',
      head: `<title>${text}</title>`,
      app: `<p>${text}</p>`,
      marker: 'es e1',
    });

  it.each(DOLLARS)('puts text with %s in as it is', (dollar) => {
    const text = `Talks followed on the "${dollar}" debt.`;
    const html = page(text);
    expect(html).toContain(`<title>${text}</title>`);
    expect(html).toContain(`<div id="root" data-prerendered="es e1"><p>${text}</p></div>`);
    // Nothing of the template is repeated or lost.
    expect(html.match(/<div id="root"/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('sets the language and direction, and replaces the template title and description', () => {
    const html = pageDocument(TEMPLATE, {
      lang: 'ar',
      dir: 'rtl',
      head: '<title>T</title><meta name="description" content="D"/>',
      app: '',
      marker: 'ar ',
    });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('Cuba–Syria relations');
    expect(html).not.toContain('The app.');
    expect(html.indexOf('<title>T</title>')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('<div id="root" data-prerendered="ar "></div>');
  });

  it('escapes the marker', () => {
    const html = pageDocument(TEMPLATE, {
      lang: 'en',
      dir: 'ltr',
      head: '',
      app: '',
      marker: 'en "><script>',
    });
    expect(html).toContain('data-prerendered="en &quot;&gt;&lt;script&gt;"');
  });

  it('says what the template lacks instead of writing a page without the app', () => {
    const noRoot = TEMPLATE.split('<div id="root"></div>').join('<div id="app"></div>');
    expect(() =>
      pageDocument(noRoot, { lang: 'en', dir: 'ltr', head: '', app: 'x', marker: '' }),
    ).toThrow(TemplateError);
  });
});

describe('notFoundDocument', () => {
  it.each(DOLLARS)('keeps a site title with %s as it is, without the scripts', (dollar) => {
    const html = notFoundDocument(TEMPLATE, `Not found · A ${dollar} B`, `<main>${dollar}</main>`);
    expect(html).toContain(`<title>Not found · A ${escapeHtml(dollar)} B</title>`);
    expect(html).toContain(`<div id="root"><main>${dollar}</main></div>`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('rel="stylesheet"');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, and drops isolates', () => {
    expect(escapeHtml(`<a href="x">'$&'</a>\u2068`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;$&amp;&#39;&lt;/a&gt;',
    );
  });
});
