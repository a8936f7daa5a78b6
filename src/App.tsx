import { DetailsPanel } from './details/DetailsPanel';
import { EventList } from './details/EventList';
import { Legend } from './details/Legend';
import { Search } from './details/Search';
import { TourButton } from './details/TourButton';
import { useKeyboardNavigation } from './details/useKeyboardNavigation';
import { MapPane } from './map/MapPane';
import { useAppStore } from './store';
import { TimelineControls } from './timeline/TimelineControls';
import { TimelinePane } from './timeline/TimelinePane';
import { Announcer } from './ui/Announcer';
import { DataError } from './ui/DataError';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Notices } from './ui/Notices';
import { ShareButton } from './ui/ShareButton';

/** Composes the features; owns no state of its own. */
export function App() {
  const status = useAppStore((s) => s.data.status);
  const title = useAppStore((s) => s.dataset?.title);
  useKeyboardNavigation();

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{title ?? 'Cuba–Syria relations'}</h1>
        {status === 'ready' && (
          <div className="app-tools">
            <Search />
            <TourButton />
            <ShareButton />
          </div>
        )}
      </header>
      <Notices />
      <Announcer />
      {status === 'loading' && (
        <p className="loading" role="status">
          Loading the dataset…
        </p>
      )}
      <DataError />
      {status === 'ready' && (
        <main className="app-main">
          <section className="pane pane-map" aria-label="Map">
            <ErrorBoundary name="map">
              <MapPane />
            </ErrorBoundary>
          </section>
          <section className="pane pane-details" aria-label="Event details">
            <DetailsPanel />
          </section>
          <section className="pane pane-list" aria-label="Event list">
            <EventList />
          </section>
          <section className="pane pane-timeline" aria-label="Timeline">
            <div className="timeline-toolbar">
              <Legend />
              <TimelineControls />
            </div>
            <ErrorBoundary name="timeline">
              <TimelinePane />
            </ErrorBoundary>
          </section>
        </main>
      )}
    </div>
  );
}
