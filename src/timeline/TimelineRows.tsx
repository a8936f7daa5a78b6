import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from '../ui/useT';
import type { RowHints } from './rows';

interface RowsContext {
  hints: RowHints;
  setHints: (hints: RowHints) => void;
  /** The pane registers how its rows scroll (null when it goes). */
  register: (scroll: ((direction: 1 | -1) => void) | null) => void;
  scroll: (direction: 1 | -1) => void;
}

const Context = createContext<RowsContext | null>(null);

/**
 * Shares the timeline's rows between the pane (which knows when rows are
 * hidden above or below, and how to scroll them) and its toolbar (which
 * offers the buttons): in the toolbar they never cover a lane name, an
 * event or the axis.
 */
export function TimelineRowsProvider({ children }: { children: ReactNode }) {
  const [hints, setHints] = useState<RowHints>({ above: false, below: 0 });
  const scroller = useRef<((direction: 1 | -1) => void) | null>(null);
  const register = useCallback((scroll: ((direction: 1 | -1) => void) | null) => {
    scroller.current = scroll;
    if (!scroll) setHints({ above: false, below: 0 });
  }, []);
  const scroll = useCallback((direction: 1 | -1) => scroller.current?.(direction), []);
  const value = useMemo(() => ({ hints, setHints, register, scroll }), [hints, register, scroll]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTimelineRows(): RowsContext | null {
  return useContext(Context);
}

/** "↑ Rows above" and "↓ More rows (n)", when rows are hidden. */
export function RowButtons() {
  const rows = useTimelineRows();
  const t = useT();
  if (!rows) return null;
  const { hints, scroll } = rows;
  return (
    <>
      {hints.above && (
        <button
          type="button"
          className="button timeline-more timeline-more-above"
          onClick={() => scroll(-1)}
        >
          {t('timeline.rowsAbove')}
        </button>
      )}
      {hints.below > 0 && (
        <button
          type="button"
          className="button timeline-more timeline-more-below"
          onClick={() => scroll(1)}
        >
          {t('timeline.rowsBelow', { count: hints.below })}
        </button>
      )}
    </>
  );
}
