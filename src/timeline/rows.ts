/**
 * The timeline's rows scroll vertically in the lane-name column. This keeps
 * the selected event's row in view and tells the pane whether rows are
 * hidden above or below (for its "more rows" buttons).
 */
import type { TimelineWidget } from './widget';

export interface RowHints {
  above: boolean;
  /** About how many rows are hidden below. */
  below: number;
}

/** Height of one row, for the count of rows hidden below. */
const ROW_PX = 26;
/** Tries to settle a scroll before vis-timeline has measured every row. */
const REVEAL_ATTEMPTS = 10;
const RETRY_MS = 150;

export function rowHints(scroller: HTMLElement | null): RowHints {
  if (!scroller) return { above: false, below: 0 };
  const below = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
  return { above: scroller.scrollTop > 1, below: below > 2 ? Math.ceil(below / ROW_PX) : 0 };
}

/**
 * Brings a row into view, over vis-timeline's redraws: its first draws
 * measure items, and a scroll made during a redraw is undone, so a reveal
 * is tried again until it holds. A reader who scrolls, drags or zooms has
 * the last word (`stop`). While a reveal is under way the container carries
 * `data-revealing` (the end-to-end tests wait for it to go).
 */
export class RowRevealer {
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly widget: () => TimelineWidget | undefined,
    /** The row to show (its index among the drawn rows), or -1 for none. */
    private readonly rowIndex: () => number,
    private readonly onError: (error: unknown) => void,
  ) {}

  reveal(): void {
    this.attempts = REVEAL_ATTEMPTS;
    this.container.dataset.revealing = '';
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.step());
  }

  stop = (): void => {
    this.attempts = 0;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    delete this.container.dataset.revealing;
  };

  private step(): void {
    try {
      this.tryOnce();
    } catch (error) {
      this.stop();
      this.onError(error);
    }
  }

  private tryOnce(): void {
    clearTimeout(this.timer);
    if (this.attempts <= 0) return this.stop();
    this.attempts -= 1;
    const widget = this.widget();
    const scroll = widget?.rowScroller();
    const panel = widget?.itemsPanel();
    const index = this.rowIndex();
    const label = index >= 0 ? widget?.rowLabels()[index] : undefined;
    if (!label || !scroll || !panel) return this.stop();
    const top = label.offsetTop;
    const height = label.offsetHeight;
    const visible = panel.clientHeight;
    let target = scroll.scrollTop;
    // Out of view: bring the row to the middle, with its neighbours around it.
    if (top < target || top + height > target + visible)
      target = Math.max(0, top - (visible - height) / 2);
    target = Math.min(target, scroll.scrollHeight - scroll.clientHeight);
    if (Math.abs(target - scroll.scrollTop) < 1) this.stop();
    else {
      scroll.scrollTop = target;
      // Until vis-timeline has measured every row it clamps the scroll: try again.
      this.timer = setTimeout(() => this.step(), RETRY_MS);
    }
  }
}
