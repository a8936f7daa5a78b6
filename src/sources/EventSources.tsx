import { sourceIdsOf } from '../data/sources';
import type { Citation, Dispute, TimelineEvent } from '../data/types';
import type { Language } from '../i18n';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { SourceEntry } from './SourceEntry';

/** The text of a dispute in `lang`, English if it has no translation. */
export function disputeText(dispute: Dispute, lang: Language): string {
  return (lang === 'en' ? undefined : dispute.i18n?.[lang]?.text) ?? dispute.text;
}

/**
 * An event's sources in the details panel: each quoted source with its
 * quotation, the further sources, and what other sources say against it.
 */
export function EventSources({ event }: { event: TimelineEvent }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => s.sourceIndex);
  const further = (event.furtherSources ?? []).flatMap((id) => {
    const source = index.byId.get(id);
    return source ? [source] : [];
  });
  return (
    <section className="details-sources" aria-labelledby="details-sources-title">
      <h3 id="details-sources-title" className="details-label">
        {t(sourceIdsOf(event).length === 1 ? 'details.source' : 'details.sources')}
      </h3>
      <ul className="source-list">
        {event.sources.map((citation, i) => (
          <li key={i}>
            <CitedSource citation={citation} />
          </li>
        ))}
      </ul>
      {further.length > 0 && (
        <>
          <h4 className="details-label">{t('details.furtherSources')}</h4>
          <ul className="source-list source-list-further">
            {further.map((source) => (
              <li key={source.id}>
                <SourceEntry source={source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {event.disputes && event.disputes.length > 0 && (
        <div className="details-disputes">
          <h4 className="details-label">{t('details.disputes')}</h4>
          <ul>
            {event.disputes.map((d, i) => (
              <li key={i}>
                <bdi>{disputeText(d, lang)}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CitedSource({ citation }: { citation: Citation }) {
  const t = useT();
  const source = useAppStore((s) => s.sourceIndex.byId.get(citation.source));
  const quote = (
    // A quotation stays in its source's language.
    <blockquote className="details-quote" lang={source?.language} dir="auto">
      {citation.quote}
    </blockquote>
  );
  if (!source) {
    // The validator refuses unknown ids; show the quotation rather than nothing.
    return quote;
  }
  return (
    <SourceEntry source={source}>
      {citation.section && (
        <p className="source-section">{t('details.section', { section: citation.section })}</p>
      )}
      {quote}
    </SourceEntry>
  );
}
