import { useT } from '../i18n/useT';
import { useAppStore } from '../store';
import { clampWindow, timelineBounds } from '../store/window';

function zoom(factor: number) {
  const s = useAppStore.getState();
  const w = s.timeWindow ?? s.extent;
  const mid = (w.start + w.end) / 2;
  const half = ((w.end - w.start) * factor) / 2;
  const next = clampWindow({ start: mid - half, end: mid + half }, timelineBounds(s.extent));
  if (next) s.setTimeWindow(next, 'user');
}

export function TimelineControls() {
  const t = useT();
  return (
    <div className="timeline-controls" role="group" aria-label={t('timeline.controls')}>
      <button type="button" className="button" onClick={() => zoom(0.5)}>
        {t('timeline.zoomIn')}
      </button>
      <button type="button" className="button" onClick={() => zoom(2)}>
        {t('timeline.zoomOut')}
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
