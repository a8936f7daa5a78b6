import { useCallback, useId, useState } from 'react';
import { Legend } from '../details/Legend';
import { StoryProgress } from '../details/StoryNav';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { lazyPart } from '../ui/lazyPart';
import { PanePlaceholder } from '../ui/PanePlaceholder';
import { useIsClient } from '../ui/useIsClient';
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { useT } from '../ui/useT';
import { TimelineControls } from './TimelineControls';
import { TimelinePictureLayer } from './TimelinePictureLayer';
import { RowButtons, TimelineRowsProvider } from './TimelineRows';

/**
 * The timeline's code (vis-timeline and moment, most of the app's script)
 * loads apart from the page's, so that the story is readable and answers a
 * tap before the timeline is built.
 */
export const timelinePane = lazyPart(() => import('./TimelinePane').then((m) => m.TimelinePane));

/**
 * The timeline's section: its toolbar (legend, row buttons, zoom) over the
 * timeline. On a phone it is a dock at the foot of the screen that folds to
 * a thin strip showing where the reader is in the story; one tap opens it.
 * (Folded is the phone's default, set in CSS: the page's HTML is the same
 * for every screen.) On a phone the timeline is built when the dock is first
 * opened: a shared link opens on the story, and a phone's CPU spends nothing
 * on a timeline the reader has not asked for.
 */
export function TimelineSection({
  label,
  undocked = false,
}: {
  label: string;
  /** Shown whole where it is (the embed card's tab), never folded into a dock. */
  undocked?: boolean;
}) {
  const t = useT();
  const client = useIsClient();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const phone = useMediaQuery(PHONE_QUERY);
  const build = client && (opened || undocked || !phone);
  const dockId = useId();
  // The timeline's picture stands in until vis-timeline has drawn.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  return (
    <section className={`pane pane-timeline${open ? ' is-open' : ''}`} aria-label={label}>
      <button
        type="button"
        className="dock-toggle"
        aria-expanded={open}
        aria-controls={dockId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
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
            {build ? (
              <timelinePane.Part fallback={<TimelinePlaceholder />} onDrawn={onDrawn} />
            ) : (
              <TimelinePlaceholder />
            )}
            <TimelinePictureLayer
              drawn={drawn}
              opened={opened}
              hidden={phone && !open && !undocked}
            />
          </ErrorBoundary>
        </TimelineRowsProvider>
      </div>
    </section>
  );
}

/** The timeline's place before it is built (and in the prerendered page). */
function TimelinePlaceholder() {
  return (
    <PanePlaceholder
      frame="timeline-frame"
      canvas="timeline-canvas"
      noscript="app.noscriptTimeline"
    />
  );
}
