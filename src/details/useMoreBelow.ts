import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Whether the scroll box holds more below what it shows (so the story can
 * say so), following scrolls, resizes and new content; and a way to show it.
 * False until measured, so that the first render matches the page's HTML.
 */
export function useMoreBelow(ref: RefObject<HTMLElement | null>, content: unknown) {
  const [more, setMore] = useState(false);
  useEffect(
    function watchWhatFollows() {
      const box = ref.current;
      if (!box) return;
      const measure = () => setMore(box.scrollHeight - box.clientHeight - box.scrollTop > 8);
      measure();
      box.addEventListener('scroll', measure, { passive: true });
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
      observer?.observe(box);
      for (const child of box.children) observer?.observe(child);
      return function stopWatchingWhatFollows() {
        box.removeEventListener('scroll', measure);
        observer?.disconnect();
      };
    },
    [ref, content],
  );
  const showMore = useCallback(() => {
    const box = ref.current;
    box?.scrollBy({ top: box.clientHeight * 0.8, behavior: 'smooth' });
  }, [ref]);
  return { more, showMore };
}
