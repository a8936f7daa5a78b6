import { useEffect, useRef, type RefObject } from 'react';

/** Least horizontal travel, in px, for a swipe; it must also be mostly horizontal. */
const SWIPE_PX = 60;

/**
 * A horizontal swipe on `ref` (a touch or pen drag, not a mouse): `onSwipe`
 * gets 'left' or 'right'. Vertical drags scroll as usual; a swipe that
 * starts on a link or button still lets it be tapped.
 */
export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  onSwipe: (direction: 'left' | 'right') => void,
  enabled: boolean,
) {
  // The latest handler, for the listeners added once.
  const handler = useRef(onSwipe);
  useEffect(function followSwipeHandler() {
    handler.current = onSwipe;
  });
  useEffect(
    function listenForSwipes() {
      const el = ref.current;
      if (!el || !enabled) return;
      let start: { x: number; y: number; id: number } | null = null;
      const down = (e: PointerEvent) => {
        if (e.pointerType === 'mouse' || !e.isPrimary) return;
        start = { x: e.clientX, y: e.clientY, id: e.pointerId };
      };
      const up = (e: PointerEvent) => {
        if (!start || e.pointerId !== start.id) return;
        const dx = e.clientX - start.x;
        const dy = e.clientY - start.y;
        start = null;
        if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
        handler.current(dx < 0 ? 'left' : 'right');
      };
      const cancel = () => {
        start = null;
      };
      el.addEventListener('pointerdown', down, { passive: true });
      el.addEventListener('pointerup', up, { passive: true });
      el.addEventListener('pointercancel', cancel, { passive: true });
      return function stopListeningForSwipes() {
        el.removeEventListener('pointerdown', down);
        el.removeEventListener('pointerup', up);
        el.removeEventListener('pointercancel', cancel);
      };
    },
    [ref, enabled],
  );
}
