import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n';
import { renderHead, renderNotFound, type HeadProps } from './PageHead';

const props: HeadProps = {
  lang: 'es',
  title: 'Talks on the "$&" debt · Cuba–Syria',
  description: "Summary with $` and $' and <b>markup</b> & \u2068isolates\u2069.",
  canonical: '/es/events/e1/',
  alternates: [
    { lang: 'en', href: '/events/e1/' },
    { lang: 'es', href: '/es/events/e1/' },
    { lang: 'ar', href: '/ar/events/e1/' },
  ],
  xDefault: '/events/e1/',
  type: 'article',
  site: 'Cuba–Syria $$',
  cardTitle: 'Talks $1',
  image: '/og/es/e1.png',
  imageAlt: 'Alt',
};

describe('renderHead', () => {
  it('renders text with $ patterns, markup and quotes as text', () => {
    const html = renderHead(props);
    expect(html).toContain('<title>Talks on the &quot;$&amp;&quot; debt · Cuba–Syria</title>');
    expect(html).toContain(
      'content="Summary with $` and $&#x27; and &lt;b&gt;markup&lt;/b&gt; &amp; isolates."',
    );
    expect(html).not.toContain('<b>');
    expect(html).toContain('<meta property="og:site_name" content="Cuba–Syria $$"/>');
    expect(html).toContain('<meta property="og:title" content="Talks $1"/>');
  });

  it('links the page in every language and names the others as alternate locales', () => {
    const html = renderHead(props);
    expect(html.match(/<link rel="alternate"/g)).toHaveLength(4);
    expect(html).toContain('<meta property="og:locale" content="es_ES"/>');
    expect(html.match(/og:locale:alternate/g)).toHaveLength(2);
    expect(html).toContain('<link rel="canonical" href="/es/events/e1/"/>');
  });
});

describe('renderNotFound', () => {
  beforeAll(() => Promise.all([loadLanguage('es'), loadLanguage('ar')]));

  it('writes the site title as text, with a link back in each language', () => {
    const { title, body } = renderNotFound('/base/', 'Site <i>$&</i>');
    expect(title).toBe('Page not found · Site <i>$&</i>');
    expect(body).toContain('Site &lt;i&gt;$&amp;&lt;/i&gt;');
    expect(body).toContain('href="/base/"');
    expect(body).toContain('href="/base/es/"');
    expect(body).toContain('href="/base/ar/"');
    expect(body).toContain('Página no encontrada');
    expect(body).toContain('الصفحة غير موجودة');
  });
});
