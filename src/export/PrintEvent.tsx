import { formatDate, formatDateRange } from '../data/dates';
import { sourceIdsOf, type SourceIndex } from '../data/sources';
import type { Place, TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { disputeText } from '../sources/EventSources';

/** Languages written right to left, for the direction of a quotation. */
const RTL_LANGUAGES = /^(ar|fa|he|ur|ps|yi)(-|$)/;

/**
 * Quotation marks of the quotation's own language, written as text: the
 * browser would take those of the page's language (Arabic ” “ around an
 * English quotation) and place them by the page's direction.
 */
function quoteMarks(lang: string | undefined): [string, string] {
  if (lang && /^(es|fr|ar|ru|it|pt)(-|$)/.test(lang)) return ['«', '»'];
  if (lang && /^de(-|$)/.test(lang)) return ['„', '“'];
  return ['“', '”'];
}

/**
 * Text that keeps its own direction inside a line of another (FSI … PDI):
 * as <bdi> does, without an element per name (a print of many thousand
 * events is laid out faster with fewer nodes).
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * One event of the printed chronology. Titles, names and quotations keep
 * their own direction, and addresses are left-to-right boxes that are
 * never split over two lines, so that an English quotation or an address
 * inside Arabic text is printed in order.
 */
export function PrintEvent({
  event,
  lang,
  places,
  index,
  compact = false,
}: {
  event: TimelineEvent;
  lang: Language;
  places: ReadonlyMap<string, Place>;
  index: SourceIndex;
  /** One paragraph: the date line, title, summary and note, the sources without quotations. */
  compact?: boolean;
}) {
  const t = useT();
  const locale = intlLocale(lang);
  const text = eventText(event, lang);
  const names = [...new Set(event.places)].flatMap((id) => {
    const place = places.get(id);
    return place ? [isolate(placeText(place, lang).name)] : [];
  });
  const dateLine = [
    formatDateRange(event.start, event.end, locale),
    t(`category.${event.category}`),
    ...(names.length ? [names.join('; ')] : []),
  ].join(' · ');
  if (compact) {
    const sources = sourceIdsOf(event).flatMap((id) => {
      const s = index.byId.get(id);
      return s ? [s] : [];
    });
    return (
      <li className="print-event is-compact">
        {`${dateLine} — `}
        <b dir="auto">{text.title}</b>
        {` — ${isolate(text.summary)}${text.note ? ` ${t('details.note', { note: text.note })}` : ''}`}
        {sources.map((s) => (
          <span key={s.id} className="print-source">
            {` ${s.via ? t('source.via', { publisher: s.publisher, via: s.via }) : isolate(s.publisher)}, ${isolate(s.title)}${s.published ? `, ${formatDate(s.published, locale)}` : ''}. `}
            <bdi dir="ltr" className="print-url">
              {s.url}
            </bdi>
          </span>
        ))}
      </li>
    );
  }
  return (
    <li className="print-event">
      <p className="print-date">{dateLine}</p>
      <h2 dir="auto">{text.title}</h2>
      <p dir="auto">{text.summary}</p>
      {text.note && <p className="print-note">{t('details.note', { note: text.note })}</p>}
      {(event.disputes ?? []).map((d, i) => (
        <p key={i} className="print-note">
          {`${t('details.disputes')}: ${isolate(disputeText(d, lang))}`}
        </p>
      ))}
      <ul className="print-sources">
        {sourceIdsOf(event).map((id) => {
          const s = index.byId.get(id);
          if (!s) return null;
          const quote = event.sources.find((c) => c.source === id)?.quote;
          const quoteDir = s.language ? (RTL_LANGUAGES.test(s.language) ? 'rtl' : 'ltr') : 'auto';
          const publisher = s.via
            ? t('source.via', { publisher: s.publisher, via: s.via })
            : isolate(s.publisher);
          return (
            <li key={id}>
              {`${publisher}, `}
              <cite>{isolate(s.title)}</cite>
              {`${s.published ? `, ${formatDate(s.published, locale)}` : ''}. `}
              <bdi dir="ltr" className="print-url">
                {s.url}
              </bdi>
              {quote && (
                <>
                  {' '}
                  <q lang={s.language} dir={quoteDir}>
                    {`${quoteMarks(s.language)[0]}${quote}${quoteMarks(s.language)[1]}`}
                  </q>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
