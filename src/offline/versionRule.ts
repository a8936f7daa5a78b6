/** What the rule needs of the browser (a window in the app; fakes in tests). */
export interface VersionEnv {
  /** Whether a service worker controlled the page when it loaded. */
  controlled: boolean;
  isHidden(): boolean;
  reload(): void;
  onControllerChange(listener: () => void): void;
  /** Called when the page is hidden (another tab, a minimised window). */
  onHidden(listener: () => void): void;
}

/**
 * One rule for versions: a page never runs the old version's code under the
 * new version's service worker for longer than it must.
 *
 * - The tab whose reader chose Reload reloads once the new worker controls it.
 * - Any other tab the new worker takes over (it takes every open tab when it
 *   activates) reloads at once if it is hidden, and otherwise as soon as it
 *   is hidden; until then it keeps the old version it runs and says that a
 *   new one is available. The address holds the view, so a reload keeps it.
 * (A chunk that could not load, the old version's file being gone, says the
 * same: see serviceWorker.ts.)
 *
 * `onStale` is told when the page knows it runs an old version. Loaded with
 * the worker, off the start-up path.
 */
export class VersionRule {
  private controlled: boolean;
  private accepted = false;
  private replaced = false;
  private reloading = false;

  constructor(
    private readonly env: VersionEnv,
    private readonly onStale: () => void,
  ) {
    this.controlled = env.controlled;
    env.onControllerChange(() => this.controllerChanged());
    env.onHidden(() => {
      if (this.replaced) this.reload();
    });
  }

  /** The reader chose to reload onto the new version in this tab. */
  accept(): void {
    this.accepted = true;
  }

  /** Reloads the page (once). */
  reload(): void {
    if (this.reloading) return;
    this.reloading = true;
    this.env.reload();
  }

  private controllerChanged(): void {
    const first = !this.controlled;
    this.controlled = true;
    // The first worker taking over a page loaded from the network serves the
    // version the page runs: nothing to do (unless the reader asked).
    if (first && !this.accepted) return;
    this.replaced = true;
    if (this.accepted || this.env.isHidden()) this.reload();
    else this.onStale();
  }
}

/** The rule's view of a browser window; `controlled` is read when the page started. */
export function windowVersionEnv(win: Window, controlled: boolean): VersionEnv {
  const container = 'serviceWorker' in win.navigator ? win.navigator.serviceWorker : null;
  return {
    controlled,
    isHidden: () => win.document.visibilityState === 'hidden',
    reload: () => win.location.reload(),
    onControllerChange: (listener) => container?.addEventListener('controllerchange', listener),
    onHidden: (listener) =>
      win.document.addEventListener('visibilitychange', () => {
        if (win.document.visibilityState === 'hidden') listener();
      }),
  };
}
