import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes (resize, rotation). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout's breakpoint (keep in step with src/styles/phone.css and docs/design.md). */
export const PHONE_QUERY = '(max-width: 699px)';
/** Touch screens without a keyboard at hand. */
export const TOUCH_QUERY = '(hover: none) and (pointer: coarse)';
