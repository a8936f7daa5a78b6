import { useId, useState } from 'react';
import { Legend } from '../details/Legend';
import { StoryProgress } from '../details/StoryNav';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useIsClient } from '../ui/useIsClient';
import { useT } from '../ui/useT';
import { TimelineControls } from './TimelineControls';
import { TimelinePane } from './TimelinePane';
import { RowButtons, TimelineRowsProvider } from './TimelineRows';

/**
 * The timeline's section: its toolbar (legend, row buttons, zoom) over the
 * timeline. On a phone it is a dock at the foot of the screen that folds to
 * a thin strip showing where the reader is in the story; one tap opens it.
 * (Folded is the phone's default, set in CSS: the page's HTML is the same
 * for every screen.)
 */
export function TimelineSection({ label }: { label: string }) {
  const t = useT();
  const client = useIsClient();
  const [open, setOpen] = useState(false);
  const dockId = useId();
  return (
    <section className={`pane pane-timeline${open ? ' is-open' : ''}`} aria-label={label}>
      <button
        type="button"
        className="dock-toggle"
        aria-expanded={open}
        aria-controls={dockId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="dock-toggle-label">
          {open ? t('timeline.dockClose') : t('timeline.dockOpen')}
        </span>
        <StoryProgress compact />
      </button>
      <div className="dock-body" id={dockId}>
        <TimelineRowsProvider>
          <div className="timeline-toolbar">
            <Legend />
            <div className="timeline-toolbar-end">
              <RowButtons />
              <TimelineControls />
            </div>
          </div>
          <ErrorBoundary name="timeline">
            {client ? (
              <TimelinePane />
            ) : (
              <div className="timeline-frame">
                <div className="timeline-canvas">
                  <noscript>
                    <p className="noscript">{t('app.noscriptTimeline')}</p>
                  </noscript>
                </div>
              </div>
            )}
          </ErrorBoundary>
        </TimelineRowsProvider>
      </div>
    </section>
  );
}
