import { periodEndMs, periodStartMs } from '../data/dates';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

/**
 * Zooms by `factor` around the selected event when there is one (so that it
 * stays in view, centred), else around the middle of the window.
 */
export function zoomTimeline(factor: number) {
  const s = useAppStore.getState();
  const w = s.timeWindow ?? s.extent;
  const selected = useAppStore.view.selectedEvent(s);
  const mid = selected
    ? (periodStartMs(selected.start) + periodEndMs(selected.end ?? selected.start)) / 2
    : (w.start + w.end) / 2;
  const half = ((w.end - w.start) * factor) / 2;
  // The store fits the window to the zoom limits and the bounds.
  s.setTimeWindow({ start: mid - half, end: mid + half }, 'user');
}

export function TimelineControls() {
  const t = useT();
  return (
    <div className="timeline-controls" role="group" aria-label={t('timeline.controls')}>
      <button
        type="button"
        className="button button-icon"
        aria-label={t('timeline.zoomIn')}
        title={t('timeline.zoomIn')}
        onClick={() => zoomTimeline(0.5)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="button button-icon"
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
        onClick={() => zoomTimeline(2)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          const s = useAppStore.getState();
          s.setTimeWindow(s.extent, 'user');
        }}
      >
        {t('timeline.showAll')}
      </button>
    </div>
  );
}
