import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { prefersReducedMotion } from '../ui/motion';
import { runSoon } from '../ui/soon';
import { useT } from '../ui/useT';
import { useVisibleEvents } from '../viewmodel/hooks';
import { TimelineController } from './TimelineController';
import { useTimelineRows } from './TimelineRows';

/** Whether a timeline has been built since the page loaded (see mountTimeline). */
let startedUp = false;

/**
 * The timeline pane: mounts a TimelineController (one per language: the
 * axis locale and the direction are fixed at creation) and shows what it
 * reports: its errors (through the pane's error boundary), and which rows
 * are hidden above or below (for the toolbar's buttons, TimelineRows.tsx).
 */
export function TimelinePane({
  onDrawn,
}: {
  /** vis-timeline has drawn for the first time (stable: a new one builds the timeline again). */
  onDrawn?: () => void;
}) {
  throwIfFaultInjected('timeline');
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const extent = useAppStore((s) => s.extent);
  const lang = useAppStore((s) => s.lang);
  const empty = useVisibleEvents().length === 0;
  const t = useT();
  const rows = useTimelineRows();
  const setHints = rows?.setHints;
  const register = rows?.register;
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
        register?.((direction) =>
          controllerRef.current?.scrollRows(direction, !prefersReducedMotion()),
        );
        controllerRef.current = new TimelineController({
          container,
          store: useAppStore,
          lang,
          extent,
          onError,
          ...(onDrawn ? { onDrawn } : {}),
          ...(setHints ? { onRowHints: setHints } : {}),
          reducedMotion: prefersReducedMotion,
        });
      };
      const destroy = () => {
        register?.(null);
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
    [extent, lang, setHints, register, onDrawn],
  );

  return (
    <div className="timeline-frame">
      <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
      {empty && <p className="timeline-empty">{t('timeline.empty')}</p>}
    </div>
  );
}
