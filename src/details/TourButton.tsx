import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import { useT } from '../i18n/useT';
import { prefersReducedMotion } from '../ui/motion';

export const TOUR_STEP_MS = 4000;

/** Steps through the events in order; any other interaction pauses it. */
export function TourButton() {
  const [playing, setPlaying] = useState(false);
  const t = useT();

  useEffect(
    function runTour() {
      if (!playing) return;
      const s = useAppStore.getState();
      if (s.selectedId === null) s.selectFirst('tour');
      const step = prefersReducedMotion() ? TOUR_STEP_MS * 1.5 : TOUR_STEP_MS;
      const timer = setInterval(() => {
        const state = useAppStore.getState();
        const before = state.selectedId;
        state.selectNext('tour');
        if (useAppStore.getState().selectedId === before) setPlaying(false);
      }, step);
      const pause = (e: Event) => {
        if (e.target instanceof Element && e.target.closest('[data-tour-button]')) return;
        setPlaying(false);
      };
      const unsubscribe = useAppStore.subscribe((state, prev) => {
        if (state.selectedId !== prev.selectedId && state.selectionOrigin !== 'tour')
          setPlaying(false);
      });
      window.addEventListener('pointerdown', pause, true);
      window.addEventListener('keydown', pause, true);
      window.addEventListener('wheel', pause, true);
      return function stopTour() {
        clearInterval(timer);
        unsubscribe();
        window.removeEventListener('pointerdown', pause, true);
        window.removeEventListener('keydown', pause, true);
        window.removeEventListener('wheel', pause, true);
      };
    },
    [playing],
  );

  return (
    <button
      type="button"
      className="button"
      data-tour-button
      aria-pressed={playing}
      onClick={() => setPlaying((p) => !p)}
    >
      {playing ? t('tour.pause') : t('tour.play')}
    </button>
  );
}
