/**
 * A prerendered page's head tags (title, description, canonical and
 * alternate links, Open Graph and Twitter card tags) and the 404 page's
 * content, rendered by React: every value is escaped as an attribute or as
 * text by React itself.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { translate, type Language } from '../i18n';
import { withoutIsolates } from './document';

export interface HeadProps {
  lang: Language;
  title: string;
  description: string;
  /** Addresses (absolute with SITE_URL, else from the site's root). */
  canonical: string;
  /** The same page in each language, in order. */
  alternates: { lang: Language; href: string }[];
  xDefault: string;
  type: 'article' | 'website';
  site: string;
  /** og:title and twitter:title: an event's headline, or the site's title. */
  cardTitle: string;
  image: string;
  imageAlt: string;
  /** Fonts the first paint needs (the Arabic pages' font), fetched with the stylesheet. */
  fonts?: readonly string[];
}

const OG_LOCALE: Record<Language, string> = { en: 'en_GB', es: 'es_ES', ar: 'ar_AR' };

export function PageHead(props: HeadProps) {
  const text = (value: string) => withoutIsolates(value);
  return (
    <>
      <title>{text(props.title)}</title>
      {props.fonts?.map((href) => (
        <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="" />
      ))}
      <meta name="description" content={text(props.description)} />
      <link rel="canonical" href={props.canonical} />
      {props.alternates.map((a) => (
        <link key={a.lang} rel="alternate" hrefLang={a.lang} href={a.href} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={props.xDefault} />
      <meta property="og:type" content={props.type} />
      <meta property="og:site_name" content={text(props.site)} />
      <meta property="og:title" content={text(props.cardTitle)} />
      <meta property="og:description" content={text(props.description)} />
      <meta property="og:url" content={props.canonical} />
      <meta property="og:locale" content={OG_LOCALE[props.lang]} />
      {props.alternates
        .filter((a) => a.lang !== props.lang)
        .map((a) => (
          <meta key={a.lang} property="og:locale:alternate" content={OG_LOCALE[a.lang]} />
        ))}
      <meta property="og:image" content={props.image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={text(props.imageAlt)} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={text(props.cardTitle)} />
      <meta name="twitter:description" content={text(props.description)} />
      <meta name="twitter:image" content={props.image} />
      <meta name="twitter:image:alt" content={text(props.imageAlt)} />
    </>
  );
}

/** The head tags as HTML. */
export function renderHead(props: HeadProps): string {
  return renderToStaticMarkup(<PageHead {...props} />);
}

const NOT_FOUND_LANGUAGES: Language[] = ['en', 'es', 'ar'];

/** The 404 page's content, in the three languages, with a link to the timeline. */
function NotFound({ base, site }: { base: string; site: string }) {
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-title">{withoutIsolates(site)}</p>
      </header>
      <main className="not-found">
        <h1 className="visually-hidden">404</h1>
        {NOT_FOUND_LANGUAGES.map((lang) => (
          <section key={lang} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
            <h2>{translate(lang, 'page.notFound')}</h2>
            <p>{translate(lang, 'page.notFoundText')}</p>
            <p>
              <a className="button button-primary" href={lang === 'en' ? base : `${base}${lang}/`}>
                {translate(lang, 'page.backToTimeline')}
              </a>
            </p>
          </section>
        ))}
      </main>
    </div>
  );
}

/** The 404 page's title and content (the languages' messages must be loaded). */
export function renderNotFound(base: string, site: string): { title: string; body: string } {
  return {
    title: `${translate('en', 'page.notFound')} · ${withoutIsolates(site)}`,
    body: renderToStaticMarkup(<NotFound base={base} site={site} />),
  };
}
