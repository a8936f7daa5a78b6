/**
 * The map's controls, in the shown language: zoom buttons, "Show both
 * embassies", a scale bar with the language's digits and unit names, and
 * the credits line. Each is built with Leaflet's public API and replaced
 * when the language changes.
 */
import L from 'leaflet';
import { directionOf, formatNumber, translate, type Language } from '../i18n';

/** Leaflet's scale bar (Control.Scale), written in the reader's language ("2,000 km", "2000 كم"). */
class LocalScale extends L.Control {
  private map: L.Map | null = null;
  private lines: { metric: HTMLElement; imperial: HTMLElement } | null = null;
  private readonly update = () => this.draw();

  constructor(private readonly lang: Language) {
    super({ position: 'bottomleft' });
  }

  override onAdd(map: L.Map): HTMLElement {
    const container = L.DomUtil.create('div', 'leaflet-control-scale');
    this.lines = {
      metric: L.DomUtil.create('div', 'leaflet-control-scale-line', container),
      imperial: L.DomUtil.create('div', 'leaflet-control-scale-line', container),
    };
    this.map = map;
    map.on('moveend zoomend resize', this.update);
    map.whenReady(this.update);
    return container;
  }

  override onRemove(map: L.Map): void {
    map.off('moveend zoomend resize', this.update);
    this.map = null;
  }

  /** As Leaflet measures it: the ground distance across 100 px at the middle of the map. */
  private draw(): void {
    const map = this.map;
    if (!map || !this.lines) return;
    const y = map.getSize().y / 2;
    const maxMeters = map.distance(
      map.containerPointToLatLng([0, y]),
      map.containerPointToLatLng([100, y]),
    );
    this.setLine(this.lines.metric, maxMeters, 'km');
    this.setLine(this.lines.imperial, (maxMeters * 3.2808399) / 5280, 'mi');
  }

  private setLine(line: HTMLElement, max: number, unit: 'km' | 'mi'): void {
    // Kilometres and miles only: the map never zooms in to a few metres.
    const amount = unit === 'km' ? max / 1000 : max;
    const rounded = roundNumber(amount);
    line.style.width = `${String(Math.round((100 * rounded) / amount))}px`;
    line.textContent = `${formatNumber(rounded, this.lang)} ${translate(this.lang, unit === 'km' ? 'map.unitKm' : 'map.unitMi')}`;
    line.dir = directionOf(this.lang);
  }
}

/** 1, 2, 3, 5 times a power of ten, at most `n` (Leaflet's rule). */
export function roundNumber(n: number): number {
  const pow10 = 10 ** (String(Math.floor(n)).length - 1);
  const d = n / pow10;
  const step = d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1;
  return pow10 * step;
}

/** A button in the map's top right corner. */
function buttonControl(label: string, onClick: () => void): L.Control {
  const control = new L.Control({ position: 'topright' });
  control.onAdd = () => {
    const wrap = L.DomUtil.create('div', 'leaflet-bar map-extra-controls');
    const button = L.DomUtil.create('button', 'map-button', wrap);
    button.type = 'button';
    button.textContent = label;
    L.DomEvent.disableClickPropagation(wrap);
    L.DomEvent.on(button, 'click', onClick);
    return wrap;
  };
  return control;
}

export interface MapControls {
  destroy(): void;
}

/** Adds the controls in `lang`; `showBoth` frames the two embassies. */
export function addControls(map: L.Map, lang: Language, showBoth: () => void): MapControls {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const zoom = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') });
  const both = buttonControl(t('map.showBoth'), showBoth);
  const scale = new LocalScale(lang);
  const credits = t('map.attribution');
  zoom.addTo(map);
  both.addTo(map);
  scale.addTo(map);
  map.attributionControl?.setPrefix(false);
  // Leaflet writes attributions as HTML: this is our own message, never dataset text.
  map.attributionControl?.addAttribution(credits);
  return {
    destroy() {
      zoom.remove();
      both.remove();
      scale.remove();
      map.attributionControl?.removeAttribution(credits);
    },
  };
}
