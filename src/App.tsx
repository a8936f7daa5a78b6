import { useEffect } from 'react';
import { DetailsPanel } from './details/DetailsPanel';
import { EmbedCard } from './details/EmbedCard';
import { EventList } from './details/EventList';
import { MapStage } from './map/MapStage';
import { Search } from './details/Search';
import { TourButton } from './details/TourButton';
import { useKeyboardNavigation } from './details/useKeyboardNavigation';
import { directionOf } from './i18n';
import { datasetTitle } from './i18n/localize';
import { useT } from './ui/useT';
import { useAppStore } from './store';
import { TimelineSection } from './timeline/TimelineSection';
import { Announcer } from './ui/Announcer';
import { DataError } from './ui/DataError';
import { LoadingStatus } from './ui/LoadingStatus';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { Notices } from './ui/Notices';
import { ShareButton } from './ui/ShareButton';
import { useIsClient } from './ui/useIsClient';
import { MeasureSince } from './ui/MeasureSince';
import { markTime } from './lib/perf';
import { ExportMenu } from './export/ExportMenu';
import { FullViewLink } from './export/FullViewLink';
import { usePrinting } from './export/usePrinting';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { AboutButton, SourcesButton, ThreadsButton } from './sources/DialogButtons';

/** Composes the features; owns no state of its own. */
export function App() {
  const status = useAppStore((s) => s.data.status);
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const embed = useAppStore((s) => s.embed);
  const t = useT();
  const client = useIsClient();
  const [print, requestPrint] = usePrinting();
  useKeyboardNavigation();

  useEffect(
    function followLanguage() {
      document.documentElement.lang = lang;
      document.documentElement.dir = directionOf(lang);
    },
    [lang],
  );

  const compact = embed !== 'off';
  const withTools = embed !== 'compact';
  return (
    <>
      {/* Before the app: styles.css hides the app when a print document precedes it. */}
      {print}
      <div className={`app${compact ? ' is-embed' : ''}`}>
        <header className="app-header">
          {/* dir=auto: dataset text keeps its own direction and cannot reorder the interface. */}
          <h1 className="app-title" dir="auto">
            {dataset ? datasetTitle(dataset, lang) : 'Cuba–Syria relations'}
          </h1>
          <div className="app-tools">
            {status === 'ready' && (
              <ErrorBoundary name="tools" inline>
                {!compact && <Search />}
                {withTools && <TourButton />}
                <ShareButton />
                {!compact && <ExportMenu onPrint={requestPrint} />}
                {!compact && <ThreadsButton />}
                {!compact && <SourcesButton />}
              </ErrorBoundary>
            )}
            {compact && client && <FullViewLink />}
            <AboutButton />
            {withTools && <LanguageSwitch />}
          </div>
        </header>
        <Notices />
        <Announcer />
        {status === 'loading' && <LoadingStatus />}
        <DataError />
        {status === 'ready' && compact && <EmbedCard />}
        {status === 'ready' && !compact && (
          <main className="app-main">
            <section className="pane pane-details" aria-label={t('region.details')}>
              <ErrorBoundary name="details">
                <DetailsPanel />
              </ErrorBoundary>
            </section>
            <section className="pane pane-map" aria-label={t('region.map')}>
              <ErrorBoundary name="map">
                <MapStage />
              </ErrorBoundary>
            </section>
            <section className="pane pane-list" aria-label={t('region.list')}>
              <ErrorBoundary name="list">
                <EventList />
              </ErrorBoundary>
            </section>
            <TimelineSection label={t('region.timeline')} />
            <MeasureSince
              name="react: render the panes, with their effects"
              start={markTime('app: dataset stored') ?? 0}
            />
          </main>
        )}
      </div>
      {client && <UpdatePrompt />}
    </>
  );
}
