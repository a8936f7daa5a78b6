import { formatDate, formatDateRange } from '../data/dates';
import { visibleEvents } from '../data/filter';
import { sourceIdsOf } from '../data/sources';
import { intlLocale } from '../i18n';
import { datasetTitle, eventText, placeText } from '../i18n/localize';
import { useT } from '../i18n/useT';
import { disputeText } from '../sources/EventSources';
import { useAppStore } from '../store';
import { DEFAULT_DATASET } from '../url/useEventHref';
import { categoryKey } from '../details/Legend';
import { currentAddress } from '../url/sync';

/** The printable chronology of the events shown: dates, summaries, sources with their addresses, a map, the credits, the link. */
export function PrintDocument() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const source = useAppStore((s) => s.data.source);
  const index = useAppStore((s) => s.sourceIndex);
  const events = useAppStore((s) =>
    visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places),
  );
  if (!dataset) return null;
  const locale = intlLocale(lang);
  const article = dataset.sources.find((s) => s.kind === 'encyclopedia');
  return (
    <div className="print-document" data-testid="print-document">
      <header>
        <h1>{datasetTitle(dataset, lang)}</h1>
        <p>
          {t('print.events', { count: events.length })} ·{' '}
          {t('print.printed', { date: formatDate(new Date().toISOString().slice(0, 10), locale) })}
        </p>
        <p>
          {t('print.link')} <span className="print-url">{currentAddress()}</span>
        </p>
      </header>
      {source === DEFAULT_DATASET && (
        <figure className="print-map">
          <img src={`${import.meta.env.BASE_URL}print/map.svg`} alt={t('print.mapAlt')} />
          <figcaption>{t('print.mapCaption')}</figcaption>
        </figure>
      )}
      <ol className="print-events">
        {events.map((e) => {
          const text = eventText(e, lang);
          const places = dataset.places
            .filter((p) => e.places.includes(p.id))
            .map((p) => placeText(p, lang).name);
          return (
            <li key={e.id} className="print-event">
              <p className="print-date">
                {formatDateRange(e.start, e.end, locale)} · {t(categoryKey(e.category))}
                {places.length > 0 ? ` · ${places.join('; ')}` : ''}
              </p>
              <h2>{text.title}</h2>
              <p>{text.summary}</p>
              {text.note && <p className="print-note">{t('details.note', { note: text.note })}</p>}
              {(e.disputes ?? []).map((d, i) => (
                <p key={i} className="print-note">
                  {t('details.disputes')}: {disputeText(d, lang)}
                </p>
              ))}
              <ul className="print-sources">
                {sourceIdsOf(e).map((id) => {
                  const s = index.byId.get(id);
                  if (!s) return null;
                  const quote = e.sources.find((c) => c.source === id)?.quote;
                  return (
                    <li key={id}>
                      {s.via
                        ? t('source.via', { publisher: s.publisher, via: s.via })
                        : s.publisher}
                      , <cite>{s.title}</cite>
                      {s.published ? `, ${formatDate(s.published, locale)}` : ''}.{' '}
                      <span className="print-url">{s.url}</span>
                      {quote && (
                        <>
                          {' '}
                          <q lang={s.language}>{quote}</q>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <footer className="print-credits">
        <h2>{t('about.title')}</h2>
        {article && (
          <p>
            {t('about.adapts')} “{article.title}” ({article.publisher}
            {article.license ? `, ${article.license}` : ''}),{' '}
            <span className="print-url">{article.url}</span>.
          </p>
        )}
        {dataset.license && (
          <p>
            {t('about.dataset')}: {dataset.license.name},{' '}
            <span className="print-url">{dataset.license.url}</span>.
          </p>
        )}
        <p>
          {t('about.naturalEarth')} Natural Earth,{' '}
          <span className="print-url">https://www.naturalearthdata.com/</span>.
        </p>
      </footer>
    </div>
  );
}
