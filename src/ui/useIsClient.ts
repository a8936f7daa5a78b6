import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page is rendered at build time and while React takes over
 * that HTML (hydration); true afterwards. Widgets that exist only in a
 * browser (the map, the timeline, the share sheet) render behind it, their
 * panes holding their place meanwhile, so that nothing moves.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
