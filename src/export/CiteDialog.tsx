import { useRef } from 'react';
import { formatDate, formatDateRange } from '../data/dates';
import { sourceIdsOf } from '../data/sources';
import type { TimelineEvent } from '../data/types';
import { intlLocale } from '../i18n';
import { datasetTitle, eventText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { useEventHref } from '../url/useEventHref';
import { citePage, citeSource, type CitationStyle } from './cite';
import { CopyButton } from './CopyButton';

const STYLES: { style: CitationStyle; name: string }[] = [
  { style: 'apa', name: 'APA' },
  { style: 'mla', name: 'MLA' },
  { style: 'chicago', name: 'Chicago' },
  { style: 'bibtex', name: 'BibTeX' },
];

function Citation({ name, text }: { name: string; text: string }) {
  const t = useT();
  const ref = useRef<HTMLPreElement>(null);
  return (
    <div className="citation">
      <div className="citation-head">
        <h3 className="dialog-subtitle">{name}</h3>
        <CopyButton
          text={text}
          label={t('cite.copy', { style: name })}
          fallback={() => ref.current}
        />
      </div>
      <pre ref={ref} className="citation-text" dir="auto">
        {text}
      </pre>
    </div>
  );
}

/** "Cite this event": its page in four styles, then its sources. */
export function CiteDialog({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.sourceIndex);
  const href = useEventHref();
  if (!dataset) return null;
  const locale = intlLocale(lang);
  const page = {
    title: eventText(event, lang).title,
    date: formatDateRange(event.start, event.end, locale),
    site: datasetTitle(dataset, lang),
    url: new URL(href(event.id), window.location.origin).href,
    accessed: new Date(),
    id: event.id,
  };
  const sources = sourceIdsOf(event).flatMap((id) => index.byId.get(id) ?? []);
  const sourceText = sources.map((s) => citeSource(s, (iso) => formatDate(iso, locale))).join('\n');
  return (
    <Dialog title={t('cite.title')} onClose={onClose}>
      <p className="dialog-intro">{t('cite.intro')}</p>
      {STYLES.map(({ style, name }) => (
        <Citation key={style} name={name} text={citePage(page, style)} />
      ))}
      {sources.length > 0 && <Citation name={t('cite.sources')} text={sourceText} />}
    </Dialog>
  );
}
