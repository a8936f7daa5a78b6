import {
  createElement,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';

/** A component whose code loads apart from the page's (see `lazyPart`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export interface LazyPart<C extends ComponentType<any>> {
  /** Renders the component once its code is in, `fallback` until then. */
  Part: ComponentType<ComponentProps<C> & { fallback?: ReactNode }>;
  /** Asks for the code now (at most once at a time; again after a failure). */
  preload: () => Promise<C>;
}

/**
 * A part of the page whose code loads apart from the page's: the map, the
 * timeline, the dialogs. Unlike `React.lazy` it renders without suspending.
 * React holds back a suspended part's content until 300 ms after its
 * fallback was shown (its reveal throttle), even when the code was already
 * there: on a laptop that held back the map and the timeline by the whole
 * 300 ms. Here a part whose code is in renders in the same commit as its
 * parent; one whose code is not shows `fallback`, and renders as soon as the
 * code arrives. A failure to load is thrown to the nearest error boundary,
 * and the next render of the part asks again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyPart<C extends ComponentType<any>>(load: () => Promise<C>): LazyPart<C> {
  let loaded: C | undefined;
  let pending: Promise<C> | undefined;

  const preload = (): Promise<C> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function Part({ fallback = null, ...props }: ComponentProps<C> & { fallback?: ReactNode }) {
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    const [, arrived] = useState(0);
    const ready = loaded !== undefined;
    useEffect(
      function loadTheCode() {
        if (ready) return;
        let live = true;
        preload().then(
          () => live && arrived((n) => n + 1),
          (error: unknown) => live && setFailure({ error }),
        );
        return () => {
          live = false;
        };
      },
      [ready],
    );
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : fallback;
  }

  return { Part, preload };
}
