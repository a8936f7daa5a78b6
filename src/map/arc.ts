/**
 * The great-circle arc between the two embassies, highlighted when the
 * selected event concerns both, and its label ("Cuba – Syria: 10,972 km")
 * placed on the part of the arc that is in view (nearest its middle) where
 * the whole label fits inside the map, so that it never runs off a narrow
 * map; hidden when no such place is in view.
 */
import L from 'leaflet';
import { TOKENS } from '../lib/tokens';
import { greatCirclePoints } from './geo';

/** Least room kept between the arc's label and the map's edges. */
const LABEL_MARGIN_PX = 6;

type Point = { lat: number; lng: number };

export class ArcLayer {
  private readonly map: L.Map;
  private readonly arc: Point[];
  private readonly line: L.Polyline;
  private readonly tooltip: L.Tooltip;
  private readonly content: HTMLElement;
  private highlighted = false;
  private removed = false;
  private readonly place = () => this.guard(() => this.placeLabel());

  constructor(
    map: L.Map,
    a: Point,
    b: Point,
    private readonly guard: (fn: () => void) => void,
  ) {
    this.map = map;
    this.arc = greatCirclePoints(a, b, 96);
    this.line = L.polyline(
      this.arc.map((p) => [p.lat, p.lng] as [number, number]),
      // A line to look at, not a control: no pointer, no click.
      { className: 'embassy-link', interactive: false, ...this.style() },
    ).addTo(map);
    this.content = document.createElement('span');
    this.tooltip = L.tooltip({
      permanent: true,
      direction: 'center',
      className: 'arc-label',
      interactive: false,
    }).setContent(this.content);
    map.on('moveend resize', this.place);
    // The label's font (Arabic's) may arrive after it is placed, wider.
    void document.fonts?.ready.then(() => {
      if (!this.removed) this.place();
    });
  }

  private style(): L.PathOptions {
    return this.highlighted
      ? { color: TOKENS.arcHighlight, weight: 4, dashArray: '' }
      : { color: TOKENS.arc, weight: 2.5, dashArray: '6 6' };
  }

  setHighlighted(highlighted: boolean): void {
    if (highlighted === this.highlighted) return;
    this.highlighted = highlighted;
    this.line.setStyle(this.style());
    this.line.getElement()?.classList.toggle('is-highlighted', highlighted);
  }

  setText(text: string): void {
    if (this.content.textContent === text) return;
    this.content.textContent = text;
    this.placeLabel();
  }

  /** The arc point nearest the arc's middle that passes `ok`. */
  private nearestMiddle(ok: (p: Point) => boolean): Point | undefined {
    const middle = Math.floor(this.arc.length / 2);
    let best: Point | undefined;
    let bestDistance = Infinity;
    this.arc.forEach((p, i) => {
      const d = Math.abs(i - middle);
      if (d < bestDistance && ok(p)) {
        bestDistance = d;
        best = p;
      }
    });
    return best;
  }

  private placeLabel(): void {
    const map = this.map;
    const tooltip = this.tooltip;
    // Away from the map's edges and corner controls, where the arc allows.
    const view = map.getBounds().pad(-0.15);
    const inView = (p: Point) => view.contains([p.lat, p.lng]);
    if (!map.hasLayer(tooltip)) {
      const first = this.nearestMiddle(inView);
      if (!first) return;
      tooltip.setLatLng([first.lat, first.lng]);
      map.openTooltip(tooltip);
    }
    // The whole label inside the map: its size is known once it is open
    // (and changes with the language and the font).
    const element = tooltip.getElement();
    const half = { x: (element?.offsetWidth ?? 0) / 2, y: (element?.offsetHeight ?? 0) / 2 };
    const size = map.getSize();
    const fits = (p: Point) => {
      const at = map.latLngToContainerPoint([p.lat, p.lng]);
      return (
        at.x - half.x >= LABEL_MARGIN_PX &&
        at.x + half.x <= size.x - LABEL_MARGIN_PX &&
        at.y - half.y >= LABEL_MARGIN_PX &&
        at.y + half.y <= size.y - LABEL_MARGIN_PX
      );
    };
    const best = this.nearestMiddle((p) => inView(p) && fits(p)) ?? this.nearestMiddle(fits);
    if (best) tooltip.setLatLng([best.lat, best.lng]);
    else map.closeTooltip(tooltip);
  }

  destroy(): void {
    this.removed = true;
    this.map.off('moveend resize', this.place);
    this.map.closeTooltip(this.tooltip);
    this.line.remove();
  }
}
