import './export.css';
import { useMemo, useRef } from 'react';
import { formatDateRange } from '../data/dates';
import { sourceIdsOf } from '../data/sources';
import type { TimelineEvent } from '../data/types';
import { directionOf, intlLocale, type Language } from '../i18n';
import { datasetTitle, eventText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { useEventHref } from '../url/useEventHref';
import { citePageRich, type CitationStyle, type CitedPage } from './cite';
import { citeSource, type CitedSource } from './citeSources';
import { CopyButton } from './CopyButton';
import { creditOf, sitePublisher } from './credit';
import { toHtml, toPlainText, type Rich } from './rich';
import { RichText } from './RichText';

const STYLES: { style: CitationStyle; name: string }[] = [
  { style: 'apa', name: 'APA' },
  { style: 'mla', name: 'MLA' },
  { style: 'chicago', name: 'Chicago' },
  { style: 'bibtex', name: 'BibTeX' },
];

/** One or more citations as the reader sees them, with a button that copies them. */
function CitationBlock({
  items,
  lang,
  code,
  label,
  list = false,
}: {
  items: Rich[];
  lang: Language;
  /** BibTeX: code, always left to right. */
  code: boolean;
  label: string;
  list?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const dir = code ? 'ltr' : directionOf(lang);
  const text = items.map((rich) => toPlainText(rich, dir)).join(code ? '\n\n' : '\n');
  const html = () =>
    code ? '' : items.map((rich) => toHtml(rich, lang, directionOf(lang), document)).join('');
  const body = code ? (
    <pre className="citation-code">{text}</pre>
  ) : list ? (
    <ol className="citation-list">
      {items.map((rich, i) => (
        <li key={i}>
          <RichText rich={rich} />
        </li>
      ))}
    </ol>
  ) : (
    <p>
      <RichText rich={items[0] ?? []} />
    </p>
  );
  return (
    <div className="citation-body">
      <div ref={ref} className="citation-text" lang={code ? 'en' : lang} dir={dir}>
        {body}
      </div>
      <CopyButton
        text={text}
        {...(code ? {} : { html })}
        label={label}
        fallback={() => ref.current}
      />
    </div>
  );
}

/**
 * "Cite this event": its page in APA, MLA, Chicago (bibliography and note)
 * and BibTeX, each followed by the event's sources in the same style.
 */
export function CiteDialog({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.sourceIndex);
  const href = useEventHref();
  const accessed = useMemo(() => new Date(), []);
  if (!dataset) return null;
  const publisher = sitePublisher(dataset);
  const page: CitedPage = {
    lang,
    title: eventText(event, lang).title,
    date: formatDateRange(event.start, event.end, intlLocale(lang)),
    site: datasetTitle(dataset, lang),
    ...(publisher ? { publisher } : {}),
    url: new URL(href(event.id), window.location.origin).href,
    accessed,
    id: event.id,
  };
  const sources: CitedSource[] = sourceIdsOf(event).flatMap((id) => {
    const source = index.byId.get(id);
    return source ? [{ source, credit: creditOf(source, dataset, lang) }] : [];
  });
  return (
    <Dialog title={t('cite.title')} onClose={onClose} className="cite-dialog">
      <p className="dialog-intro">{t('cite.intro')}</p>
      {STYLES.map(({ style, name }) => (
        <section key={style} className="citation">
          <h3 className="dialog-subtitle">{name}</h3>
          <CitationBlock
            items={[citePageRich(page, style)]}
            lang={lang}
            code={style === 'bibtex'}
            label={t('cite.copy', { style: name })}
          />
          {style === 'chicago' && (
            <>
              <h4 className="citation-label">{t('cite.note')}</h4>
              <CitationBlock
                items={[citePageRich(page, 'chicago-note')]}
                lang={lang}
                code={false}
                label={t('cite.copy', { style: `${name} (${t('cite.note')})` })}
              />
            </>
          )}
          {sources.length > 0 && (
            <details className="citation-sources">
              <summary>{t('cite.sources', { count: sources.length })}</summary>
              <CitationBlock
                items={sources.map((s) => citeSource(s, style, lang, accessed))}
                lang={lang}
                code={style === 'bibtex'}
                label={t('cite.copySources', { style: name })}
                list
              />
            </details>
          )}
        </section>
      ))}
    </Dialog>
  );
}
