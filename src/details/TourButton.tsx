import { useEffect, useState } from 'react';
import { eventText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { useNeighbours } from '../viewmodel/hooks';
import { tourStepMs } from './tour';

/**
 * Steps through the events in order, staying on each as long as its text
 * takes to read; any other interaction pauses it. A counter says where the
 * tour is. Both labels share one cell so the header never shifts.
 */
export function TourButton() {
  const [playing, setPlaying] = useState(false);
  const t = useT();
  const { position: index, total } = useNeighbours();
  // The button is sized for the widest count it can show: every event, not
  // only those the search leaves (typing must not move the header).
  const all = useAppStore((s) => s.events.length);

  useEffect(
    function runTour() {
      if (!playing) return;
      const s = useAppStore.getState();
      if (s.selectedId === null) s.selectFirst('tour');
      let timer: ReturnType<typeof setTimeout>;
      const schedule = () => {
        const state = useAppStore.getState();
        const event = useAppStore.view.selectedEvent(state);
        const text = event ? eventText(event, state.lang) : { title: '', summary: '' };
        timer = setTimeout(
          () => {
            const current = useAppStore.getState();
            const before = current.selectedId;
            current.selectNext('tour');
            if (useAppStore.getState().selectedId === before) setPlaying(false);
            else schedule();
          },
          tourStepMs(`${text.title} ${text.summary}`),
        );
      };
      schedule();
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
        clearTimeout(timer);
        unsubscribe();
        window.removeEventListener('pointerdown', pause, true);
        window.removeEventListener('keydown', pause, true);
        window.removeEventListener('wheel', pause, true);
      };
    },
    [playing],
  );

  const pauseLabel = (at: number, of = total) =>
    at > 0 ? `${t('tour.pause')} · ${t('tour.step', { index: at, total: of })}` : t('tour.pause');
  return (
    <button
      type="button"
      className="button button-stable tour"
      data-tour-button
      aria-label={playing ? pauseLabel(index) : t('tour.play')}
      aria-pressed={playing}
      onClick={() => setPlaying((p) => !p)}
    >
      <span className={playing ? 'is-hidden' : undefined}>{t('tour.play')}</span>
      <span className={playing ? undefined : 'is-hidden'} aria-hidden={!playing}>
        {pauseLabel(playing ? index : 0)}
      </span>
      {/* Sizes the button for its longest label, so the header never shifts. */}
      <span className="is-hidden" aria-hidden="true">
        {pauseLabel(all, all)}
      </span>
    </button>
  );
}
