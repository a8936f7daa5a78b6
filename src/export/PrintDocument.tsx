import './export.css';
import { memo, useEffect, useMemo, useState } from 'react';
import { formatDate } from '../data/dates';
import type { SourceIndex } from '../data/sources';
import type { Dataset, Place, TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { datasetTitle, placeText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { currentAddress } from '../url/sync';
import { DEFAULT_DATASET } from '../url/useEventHref';
import { adaptedArticle } from './credit';
import { PrintEvent } from './PrintEvent';
import { TaskProgress } from '../ui/TaskProgress';

/** Events laid out per step while the print is prepared in slices. */
const CHUNK = 100;
/**
 * The most events laid out at once when the browser starts printing by
 * itself (Ctrl+P): more would hold the page for seconds. Above it the print
 * says to use Export → Print…, which prepares them in slices.
 */
export const SYNC_PRINT_LIMIT = 2_000;
/**
 * From this many events the chronology is printed compact: one paragraph
 * per event, the sources without their quotations. The full layout takes
 * about 9 events a page (5,000 events: 556 pages); the compact one about 25,
 * and the browser lays it out some three times faster.
 */
export const COMPACT_PRINT_FROM = 1_000;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One slice of the chronology; React skips it once rendered (its props do not change). */
const PrintChunk = memo(function PrintChunk({
  events,
  lang,
  places,
  index,
  compact,
}: {
  events: TimelineEvent[];
  lang: Language;
  places: ReadonlyMap<string, Place>;
  index: SourceIndex;
  compact: boolean;
}) {
  return events.map((e) => (
    <PrintEvent key={e.id} event={e} lang={lang} places={places} index={index} compact={compact} />
  ));
});

export interface PrintDocumentProps {
  /**
   * 'slices': lay the events out a slice at a time, reporting progress, and
   * call `onReady` when all are in (Export → Print…). 'now': all at once, as
   * the browser is about to print; a notice instead above the limit.
   */
  mode: 'slices' | 'now';
  onProgress?: (done: number, total: number) => void;
  onReady?: () => void;
}

/** The printable chronology of the events shown: dates, summaries, sources with their addresses, a map, the credits, the link. */
export function PrintDocument({ mode, onProgress, onReady }: PrintDocumentProps) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const source = useAppStore((s) => s.data.source);
  const index = useAppStore((s) => s.sourceIndex);
  const events = useAppStore(useAppStore.view.visibleEvents);
  const places = useMemo(() => new Map((dataset?.places ?? []).map((p) => [p.id, p])), [dataset]);
  const chunks = useMemo(() => chunksOf(events, CHUNK), [events]);
  const [shown, setShown] = useState(mode === 'now' ? Infinity : 0);
  const complete = shown >= chunks.length;

  useEffect(
    function layOutNextSlice() {
      if (mode !== 'slices') return;
      onProgress?.(Math.min(events.length, shown * CHUNK), events.length);
      if (complete) {
        onReady?.();
        return;
      }
      // A macrotask between slices: the page paints the progress and takes clicks.
      const timer = setTimeout(() => setShown((n) => n + 1), 0);
      return function stopLayingOut() {
        clearTimeout(timer);
      };
    },
    // The callbacks are the caller's; a new identity is not a new slice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mode, shown, complete, events.length],
  );

  if (!dataset) return null;
  const locale = intlLocale(lang);
  const tooMany = mode === 'now' && events.length > SYNC_PRINT_LIMIT;
  const compact = events.length >= COMPACT_PRINT_FROM;
  return (
    <div className="print-document" data-testid="print-document" data-complete={complete}>
      <header>
        <h1 dir="auto">{datasetTitle(dataset, lang)}</h1>
        <p>
          {t('print.events', { count: events.length })} ·{' '}
          {t('print.printed', { date: formatDate(new Date().toISOString().slice(0, 10), locale) })}
        </p>
        <p>
          {t('print.link')}{' '}
          <bdi dir="ltr" className="print-url">
            {currentAddress()}
          </bdi>
        </p>
      </header>
      {compact && <p className="print-note">{t('print.compact', { count: events.length })}</p>}
      {source === DEFAULT_DATASET && <PrintMap dataset={dataset} lang={lang} />}
      {tooMany || !complete ? (
        // Printing began before the events were laid out (Ctrl+P meanwhile, or too many).
        <p className="print-notice">{t('print.tooMany', { count: events.length })}</p>
      ) : null}
      {tooMany ? null : (
        <ol className="print-events">
          {chunks.slice(0, shown).map((chunk, i) => (
            <PrintChunk
              key={i}
              events={chunk}
              lang={lang}
              places={places}
              index={index}
              compact={compact}
            />
          ))}
        </ol>
      )}
      <PrintCredits dataset={dataset} />
    </div>
  );
}

/** "Preparing the print: 1,200 of 50,000 events", a bar and Cancel. */
export function PrintProgress({
  done,
  total,
  onCancel,
}: {
  done: number;
  total: number;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <TaskProgress
      className="print-progress"
      label={t('print.preparing', { done, total })}
      done={done}
      total={total}
      onCancel={onCancel}
    />
  );
}

/**
 * The map figure (drawn at build time for the bundled dataset), its places
 * numbered in the dataset's order, and their names in the reader's language.
 */
function PrintMap({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  const t = useT();
  return (
    <figure className="print-map">
      <img src={`${import.meta.env.BASE_URL}print/map.svg`} alt={t('print.mapAlt')} />
      <figcaption>
        {t('print.mapCaption')}
        <span className="print-map-key">
          {t('print.mapKey')}:{' '}
          {dataset.places.map((p, i) => (
            <span key={p.id} className="print-map-place">
              <b>{i + 1}</b> <bdi>{placeText(p, lang).name}</bdi>
              {i < dataset.places.length - 1 ? ' · ' : ''}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}

function PrintCredits({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const article = adaptedArticle(dataset);
  return (
    <footer className="print-credits">
      <h2>{t('about.title')}</h2>
      {article && (
        <p>
          {t('about.adapts')} “<bdi>{article.title}</bdi>” (<bdi>{article.publisher}</bdi>
          {article.license ? (
            <>
              , <bdi>{article.license}</bdi>
            </>
          ) : (
            ''
          )}
          ),{' '}
          <bdi dir="ltr" className="print-url">
            {article.url}
          </bdi>
          .
        </p>
      )}
      {dataset.license && (
        <p>
          {t('about.dataset')}: <bdi>{dataset.license.name}</bdi>,{' '}
          <bdi dir="ltr" className="print-url">
            {dataset.license.url}
          </bdi>
          .
        </p>
      )}
      <p>
        {t('about.naturalEarth')} <bdi>Natural Earth</bdi>,{' '}
        <bdi dir="ltr" className="print-url">
          https://www.naturalearthdata.com/
        </bdi>
        .
      </p>
    </footer>
  );
}
