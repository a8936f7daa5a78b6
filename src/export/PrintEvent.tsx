import { formatDate, formatDateRange } from '../data/dates';
import { sourceIdsOf, type SourceIndex } from '../data/sources';
import type { Place, TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import { useT } from '../i18n/useT';
import { disputeText } from '../sources/EventSources';

/** Languages written right to left, for the direction of a quotation. */
const RTL_LANGUAGES = /^(ar|fa|he|ur|ps|yi)(-|$)/;

/**
 * One event of the printed chronology. Text that keeps its own direction
 * (titles, names, quotations) is isolated in <bdi>, and addresses are
 * left-to-right boxes that are never split over two lines, so that an
 * English quotation or an address inside Arabic text is printed in order.
 */
export function PrintEvent({
  event,
  lang,
  places,
  index,
}: {
  event: TimelineEvent;
  lang: Language;
  places: ReadonlyMap<string, Place>;
  index: SourceIndex;
}) {
  const t = useT();
  const locale = intlLocale(lang);
  const text = eventText(event, lang);
  const names = [...new Set(event.places)].flatMap((id) => {
    const place = places.get(id);
    return place ? [placeText(place, lang).name] : [];
  });
  return (
    <li className="print-event">
      <p className="print-date">
        {formatDateRange(event.start, event.end, locale)} · {t(`category.${event.category}`)}
        {names.map((name, i) => (
          <span key={i}>
            {i === 0 ? ' · ' : '; '}
            <bdi>{name}</bdi>
          </span>
        ))}
      </p>
      <h2 dir="auto">{text.title}</h2>
      <p dir="auto">{text.summary}</p>
      {text.note && <p className="print-note">{t('details.note', { note: text.note })}</p>}
      {(event.disputes ?? []).map((d, i) => (
        <p key={i} className="print-note">
          {t('details.disputes')}: <bdi>{disputeText(d, lang)}</bdi>
        </p>
      ))}
      <ul className="print-sources">
        {sourceIdsOf(event).map((id) => {
          const s = index.byId.get(id);
          if (!s) return null;
          const quote = event.sources.find((c) => c.source === id)?.quote;
          const quoteDir = s.language ? (RTL_LANGUAGES.test(s.language) ? 'rtl' : 'ltr') : 'auto';
          return (
            <li key={id}>
              {s.via ? (
                t('source.via', { publisher: s.publisher, via: s.via })
              ) : (
                <bdi>{s.publisher}</bdi>
              )}
              ,{' '}
              <cite>
                <bdi>{s.title}</bdi>
              </cite>
              {s.published ? `, ${formatDate(s.published, locale)}` : ''}.{' '}
              <bdi dir="ltr" className="print-url">
                {s.url}
              </bdi>
              {quote && (
                <>
                  {' '}
                  <q lang={s.language} dir={quoteDir}>
                    {quote}
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
