import { createContext, useContext, useEffect, useState } from 'react';
import type { TimeWindow } from '../data/spans';
import { useAppStore } from '../store';
import { lazyPart } from '../ui/lazyPart';
import { useIsClient } from '../ui/useIsClient';
import { useVisibleEvents } from '../viewmodel/hooks';

const view = useAppStore.view;

/** The picture drawn in the browser (its code, with the timeline's layout, loads apart). */
const livePicture = lazyPart(() => import('./TimelinePicture').then((m) => m.TimelinePicture));

/**
 * The picture's HTML as the build drew it (TimelinePicture rendered to
 * markup by the prerender); empty in the browser. Only React's own markup
 * goes in, with the dataset's text escaped by it; never a string from the
 * dataset or the link.
 */
export const BuiltPicture = createContext('');
/** Given while React takes over the page: it leaves the build's picture as it is. */
const LEAVE_AS_BUILT = { __html: '' };

/**
 * Where the timeline's picture goes, over the timeline's place, until the
 * timeline has drawn (`drawn`). In the page's HTML it is the build's
 * picture, which React takes over without reading it (on a phone it sits in
 * the folded dock: hydrating it would be work for nothing). It is drawn
 * anew, following the story, once the view differs from the build's: the
 * reader moved on, filtered, switched language, a link asked for another
 * window, or the dock was opened (`opened`: the picture then frames the
 * reader's row at the dock's width).
 */
export function TimelinePictureLayer({
  drawn,
  opened,
  hidden,
}: {
  drawn: boolean;
  opened: boolean;
  /** Out of sight (a phone's folded dock): nothing to draw anew. */
  hidden: boolean;
}) {
  const client = useIsClient();
  const built = useContext(BuiltPicture);
  const state = useAppStore();
  const visible = useVisibleEvents();
  const { selectedId, lang, extent, timeWindow } = state;
  // The view the build drew, as it was when React took the page over.
  const [asBuilt] = useState(() =>
    client ? null : { selectedId, lang, visible, window: builtWindow(state) },
  );
  const current = timeWindow ?? extent;
  const moved =
    !drawn &&
    !hidden &&
    (!asBuilt ||
      opened ||
      asBuilt.selectedId !== selectedId ||
      asBuilt.lang !== lang ||
      asBuilt.visible !== visible ||
      asBuilt.window.start !== current.start ||
      asBuilt.window.end !== current.end);
  // The live picture's code loads when it is first needed; the build's stays until then.
  // (`loaded` is set only once wanted.)
  const [loaded, setLoaded] = useState(false);
  const wanted = client && moved;
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    livePicture.preload().then(
      () => live && setLoaded(true),
      // Without its code the build's picture stays, until the timeline draws.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  if (drawn) return null;
  // Once drawn anew it stays live: the build's nodes are gone (back on the
  // build's view, an empty host would show nothing).
  if (loaded) return <livePicture.Part />;
  return (
    <div
      className="timeline-picture-host"
      suppressHydrationWarning
      dangerouslySetInnerHTML={client ? LEAVE_AS_BUILT : { __html: built }}
    />
  );
}

/** The window the build draws: the selected event's frame, or the whole story. */
export function builtWindow(state: ReturnType<typeof useAppStore.getState>): TimeWindow {
  return state.selectedId === null ? state.extent : view.frameFor(state, state.selectedId);
}
