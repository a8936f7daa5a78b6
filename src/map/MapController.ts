/**
 * The map, without React: given a Leaflet map, it draws the basemap, the
 * two embassies and the line between them, the other places, and the
 * controls, and keeps them and the map's view in step with the store. Every
 * error, from a store change, a Leaflet event or a resize, goes to
 * `onError` (the pane shows it) instead of to whoever happened to call.
 */
import L from 'leaflet';
import type { Place } from '../data/types';
import { translate, type Language } from '../i18n';
import { placeText } from '../i18n/localize';
import type { AppState, MapView, ViewModel } from '../store';
import { ArcLayer } from './arc';
import { now } from '../lib/perf';
import { DESKTOP_QUERY } from '../ui/readerHere';
import { addBasemap } from './basemap';
import { addControls, type MapControls } from './controls';
import { haversineKm } from './geo';
import { checkLeafletVersion } from './leafletCompat';
import { addOnlineTiles } from './onlineTiles';
import { PlaceLayer, type PlaceState } from './places';
import { boundsOfPlaces, syncMapView } from './viewSync';

/**
 * Main-thread time the map's drawing steps may take in one task on a laptop,
 * where they all fit. Elsewhere (a phone, a tablet) each step has a task of
 * its own, whatever the clock says.
 */
const STAGE_BUDGET_MS = 10;

function stageBudget(win: Window | null): number {
  return win?.matchMedia?.(DESKTOP_QUERY).matches ? STAGE_BUDGET_MS : 0;
}

/** Below this size the map shows a place's events in a sheet over its lower part, not a popup. */
export const SHEET_MAX_WIDTH = 520;
export const SHEET_MAX_HEIGHT = 360;

export interface MapStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
  readonly view: ViewModel;
}

export interface MapControllerOptions {
  store: MapStore;
  lang: Language;
  onError: (error: unknown) => void;
  /** The basemap could not be drawn (the rest of the map works). */
  onBasemapError: (message: string) => void;
  /** The basemap has been drawn (the first time). */
  onBasemapShown?: () => void;
  /** Configured online tiles failed to load (or loaded again). */
  onTilesFailed: (failed: boolean) => void;
  /** A place's popup opened (render its events into `element`) or closed. */
  onPopup: (open: { placeId: string; element: HTMLElement } | null) => void;
  /** On a small map, a place was chosen: show its events in a sheet. */
  onSheet: (placeId: string) => void;
  reducedMotion: () => boolean;
  /** The store's map view when the map was made from it: a later one is shown at once. */
  viewAtCreation?: MapView | null;
  /** The map was made over the reader's event, not that view (made late, after Next). */
  viewSetAside?: boolean;
  /** Main-thread time for the drawing steps in one task (default: see stageBudget). */
  stageBudgetMs?: number;
}

export class MapController {
  private readonly map: L.Map;
  private readonly store: MapStore;
  private readonly options: MapControllerOptions;
  private lang: Language;
  private readonly places: PlaceLayer;
  private arc: ArcLayer | null = null;
  private controls: MapControls | null = null;
  private removeTiles: () => void;
  private readonly cleanups: (() => void)[] = [];
  private destroyed = false;

  /** Resolves once everything is drawn (the parts come a task at a time). */
  readonly ready: Promise<void>;
  private stageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(map: L.Map, options: MapControllerOptions) {
    checkLeafletVersion();
    this.map = map;
    this.store = options.store;
    this.options = options;
    this.lang = options.lang;
    const guard = this.guard;
    this.removeTiles = () => undefined;
    // First, what keeps the map in step with the store: no change is missed
    // while the rest is drawn.
    this.places = new PlaceLayer(map, {
      onPopup: options.onPopup,
      onSheet: options.onSheet,
      onChooseOnly: (id) => this.store.getState().selectEvent(id, 'map', { focusMap: false }),
      useSheet: () => {
        const size = map.getSize();
        return size.x < SHEET_MAX_WIDTH || size.y < SHEET_MAX_HEIGHT;
      },
      guard,
    });
    this.cleanups.push(
      syncMapView(map, this.store, {
        guard,
        reducedMotion: options.reducedMotion,
        placesById: (ids) => this.placesById(ids),
        viewAtCreation: options.viewAtCreation,
        viewSetAside: options.viewSetAside,
      }),
    );
    this.cleanups.push(
      this.store.subscribe((state, prev) => guard(() => this.onStoreChange(state, prev))),
    );
    // Escape closes an open popup (and returns focus to its marker) before it
    // clears the selection: a listener that runs before the app's own.
    const onKeyDown = (e: KeyboardEvent) =>
      guard(() => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        // Under an open dialog the map is inert: Escape is the dialog's.
        if (map.getContainer().ownerDocument.querySelector('dialog[open]')) return;
        if (this.places.closePopup(true)) e.preventDefault();
      });
    window.addEventListener('keydown', onKeyDown, true);
    this.cleanups.push(() => window.removeEventListener('keydown', onKeyDown, true));
    const onResize = () => guard(() => this.drawPlaces(this.store.getState()));
    map.on('resize', onResize);
    this.cleanups.push(() => map.off('resize', onResize));
    // Then the drawing, a part per task: on a phone each part takes a few
    // tens of milliseconds, all of them together a long task.
    this.ready = this.inStages([
      () => this.cleanups.push(addBasemap(map, options.onBasemapError, options.onBasemapShown)),
      () => this.drawPlaces(this.store.getState()),
      () => this.drawEmbassyLink(),
      () => this.dress(),
    ]);
  }

  /**
   * Runs the steps in order, as many in one task as fit in the budget
   * (on a laptop, all of them: the markers do not wait for the timeline's
   * task), then the rest in tasks of their own; stops when destroyed.
   */
  private inStages(steps: (() => void)[]): Promise<void> {
    const budget =
      this.options.stageBudgetMs ?? stageBudget(this.map.getContainer().ownerDocument.defaultView);
    return new Promise((resolve) => {
      let next = 0;
      const run = () => {
        this.stageTimer = undefined;
        const start = now();
        do {
          if (this.destroyed) return;
          this.guard(steps[next++]!);
        } while (next < steps.length && now() - start < budget);
        if (next < steps.length) this.stageTimer = setTimeout(run, 0);
        else resolve();
      };
      run();
    });
  }

  /** The controls and the online tiles, in the interface's language. */
  private dress(): void {
    this.controls?.destroy();
    this.controls = addControls(this.map, this.lang, () =>
      this.guard(() => this.showBothEmbassies()),
    );
    this.removeTiles();
    this.removeTiles = this.addTiles();
  }

  /** Runs `fn`, sending what it throws to the pane rather than to the caller. */
  private readonly guard = (fn: () => void): void => {
    if (this.destroyed) return;
    try {
      fn();
    } catch (error) {
      this.options.onError(error);
    }
  };

  private onStoreChange(state: AppState, prev: AppState): void {
    const view = this.store.view;
    if (
      view.eventsByPlace(state) !== view.eventsByPlace(prev) ||
      state.selectedId !== prev.selectedId ||
      state.timeWindow !== prev.timeWindow ||
      state.dataset !== prev.dataset ||
      state.lang !== prev.lang
    )
      this.drawPlaces(state);
    if (state.dataset !== prev.dataset) this.drawEmbassyLink();
    if (state.selectedId !== prev.selectedId || state.lang !== prev.lang) this.updateArc(state);
  }

  private placesById(ids: readonly string[]): Place[] {
    const byId = this.store.view.placeById(this.store.getState());
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private embassies(state: AppState): Place[] {
    return (state.dataset?.places ?? []).filter((p) => p.kind === 'embassy');
  }

  /** Each place as shown now: its visible events, selected, faded outside the time window. */
  placeStates(state: AppState): PlaceState[] {
    const view = this.store.view;
    const byPlace = view.eventsByPlace(state);
    const selected = view.selectedEvent(state);
    const window = state.timeWindow;
    return (state.dataset?.places ?? []).map((place) => {
      const events = byPlace.get(place.id) ?? [];
      const isSelected = selected?.places.includes(place.id) ?? false;
      const inWindow =
        !window ||
        events.some((e) => {
          const i = state.eventIndex.get(e.id) ?? -1;
          return state.spans.start[i]! < window.end && state.spans.end[i]! > window.start;
        });
      return {
        place,
        name: placeText(place, state.lang).name,
        events,
        selected: isSelected,
        faded: !isSelected && (!inWindow || events.length === 0),
      };
    });
  }

  private drawPlaces(state: AppState): void {
    this.places.update(this.placeStates(state), state.lang);
  }

  /** The line between the embassies, when the dataset has two. */
  private drawEmbassyLink(): void {
    this.arc?.destroy();
    this.arc = null;
    const state = this.store.getState();
    const [a, b] = this.embassies(state);
    if (!a || !b) return;
    this.arc = new ArcLayer(this.map, a, b, this.guard);
    this.updateArc(state);
  }

  private updateArc(state: AppState): void {
    const arc = this.arc;
    const [a, b] = this.embassies(state);
    if (!arc || !a || !b) return;
    const event = this.store.view.selectedEvent(state);
    arc.setHighlighted(!!event && event.places.includes(a.id) && event.places.includes(b.id));
    // The two parties when the dataset names two, else the two missions.
    const dataset = state.dataset;
    const lang = state.lang;
    const parties = (lang !== 'en' && dataset?.i18n?.[lang]?.parties) || dataset?.parties || [];
    const [from, to] =
      parties.length === 2 ? parties : [placeText(a, lang).name, placeText(b, lang).name];
    arc.setText(
      translate(lang, 'map.distance', {
        from: from ?? '',
        to: to ?? '',
        km: Math.round(haversineKm(a, b)),
      }),
    );
  }

  private showBothEmbassies(): void {
    const bounds = boundsOfPlaces(this.embassies(this.store.getState()));
    if (bounds)
      this.map.fitBounds(bounds, { padding: [30, 30], animate: !this.options.reducedMotion() });
  }

  private addTiles(): () => void {
    return addOnlineTiles(this.map, {
      offline: translate(this.lang, 'map.offlineLayer'),
      online: translate(this.lang, 'map.onlineLayer'),
      onFailed: this.options.onTilesFailed,
    });
  }

  /** The interface's language: controls, names and labels follow it. */
  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // Not dressed yet, the controls will be made in the new language.
    if (this.controls) this.dress();
    const state = this.store.getState();
    this.drawPlaces(state);
    this.updateArc(state);
  }

  /** Re-positions the open popup once its content has been rendered. */
  refreshPopup(): void {
    this.places.refreshPopup();
  }

  /** Closes the open popup (after a choice made in it). */
  closePopup(): void {
    this.places.closePopup();
  }

  /** The marker element of a place, for returning focus to it. */
  markerElement(placeId: string): HTMLElement | undefined {
    return this.places.markerElement(placeId);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.stageTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.places.destroy();
    this.arc?.destroy();
    this.controls?.destroy();
    this.removeTiles();
  }
}
