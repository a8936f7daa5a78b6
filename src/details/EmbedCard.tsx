import { useId, useState, type ReactNode } from 'react';
import { MapStage } from '../map/MapStage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useT } from '../ui/useT';
import { TimelineSection } from '../timeline/TimelineSection';
import { DetailsPanel } from './DetailsPanel';

type Tab = 'story' | 'map' | 'timeline';

/**
 * The embed view (`embed=1`) as a card: the story first, whole in its
 * frame (it never scrolls the page it is in); the map and the timeline one
 * tap away, made only when first asked for.
 */
export function EmbedCard() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('story');
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(() => new Set(['story']));
  const id = useId();
  const show = (next: Tab) => {
    setTab(next);
    setOpened((o) => (o.has(next) ? o : new Set([...o, next])));
  };
  const tabs: { key: Tab; label: string }[] = [
    { key: 'story', label: t('embed.tabStory') },
    { key: 'map', label: t('region.map') },
    { key: 'timeline', label: t('region.timeline') },
  ];
  const panel = (key: Tab, content: ReactNode) => (
    <div
      role="tabpanel"
      id={`${id}-${key}`}
      aria-labelledby={`${id}-tab-${key}`}
      className={`embed-panel embed-panel-${key}`}
      hidden={tab !== key}
    >
      {opened.has(key) && content}
    </div>
  );
  return (
    <main className="embed-card">
      <div className="embed-tabs" role="tablist" aria-label={t('embed.tabs')}>
        {tabs.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-tab-${key}`}
            aria-controls={`${id}-${key}`}
            aria-selected={tab === key}
            className="embed-tab"
            onClick={() => show(key)}
          >
            {label}
          </button>
        ))}
      </div>
      {panel(
        'story',
        <section className="pane pane-details" aria-label={t('region.details')}>
          <ErrorBoundary name="details">
            <DetailsPanel />
          </ErrorBoundary>
        </section>,
      )}
      {panel(
        'map',
        <section className="pane pane-map" aria-label={t('region.map')}>
          <ErrorBoundary name="map">
            <MapStage />
          </ErrorBoundary>
        </section>,
      )}
      {panel('timeline', <TimelineSection label={t('region.timeline')} undocked />)}
    </main>
  );
}
