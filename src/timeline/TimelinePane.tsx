import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { prefersReducedMotion } from '../ui/motion';
import { runSoon } from '../ui/soon';
import { useT } from '../ui/useT';
import { useVisibleEvents } from '../viewmodel/hooks';
import type { RowHints } from './rows';
import { TimelineController } from './TimelineController';

/** Whether a timeline has been built since the page loaded (see mountTimeline). */
let startedUp = false;

/**
 * The timeline pane: mounts a TimelineController (one per language: the
 * axis locale and the direction are fixed at creation) and shows what it
 * reports: its errors (through the pane's error boundary), and the buttons
 * for rows hidden above or below.
 */
export function TimelinePane() {
  throwIfFaultInjected('timeline');
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const extent = useAppStore((s) => s.extent);
  const lang = useAppStore((s) => s.lang);
  const empty = useVisibleEvents().length === 0;
  const t = useT();
  const [hints, setHints] = useState<RowHints>({ above: false, below: 0 });
  // An error from the controller, a scheduled task or a store change: thrown
  // while rendering, so that the pane's error boundary shows it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  useEffect(
    function mountTimeline() {
      const container = containerRef.current;
      if (!container) return;
      const onError = (error: unknown) => setFailure({ error });
      const create = () => {
        throwIfFaultInjected('timeline:effect');
        controllerRef.current = new TimelineController({
          container,
          store: useAppStore,
          lang,
          extent,
          onError,
          onRowHints: setHints,
          reducedMotion: prefersReducedMotion,
        });
      };
      const destroy = () => {
        controllerRef.current?.destroy();
        controllerRef.current = null;
      };
      if (startedUp) {
        try {
          create();
        } catch (error) {
          onError(error);
        }
        return destroy;
      }
      // At start-up the timeline is built in a task of its own, right after
      // the one that commits the page and creates the map: two shorter tasks
      // instead of one long one, so that input waits less. Later (a language
      // switch) it is built at once, so that the pane is never empty for a frame.
      startedUp = true;
      const cancel = runSoon(() => {
        throwIfFaultInjected('timeline:task');
        create();
      }, onError);
      return () => {
        cancel();
        destroy();
      };
    },
    [extent, lang],
  );

  const scrollRows = (direction: 1 | -1) =>
    controllerRef.current?.scrollRows(direction, !prefersReducedMotion());

  return (
    <div className="timeline-frame">
      <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
      {empty && <p className="timeline-empty">{t('timeline.empty')}</p>}
      {hints.above && (
        <button
          type="button"
          className="timeline-more timeline-more-above"
          onClick={() => scrollRows(-1)}
        >
          {t('timeline.rowsAbove')}
        </button>
      )}
      {hints.below > 0 && (
        <button
          type="button"
          className="timeline-more timeline-more-below"
          onClick={() => scrollRows(1)}
        >
          {t('timeline.rowsBelow', { count: hints.below })}
        </button>
      )}
    </div>
  );
}
