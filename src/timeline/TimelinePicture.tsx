import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Category } from '../data/types';
import { directionOf, formatNumber, translate, type Language, type MessageKey } from '../i18n';
import { eventText } from '../i18n/localize';
import { useAppStore } from '../store';
import { useIsClient } from '../ui/useIsClient';
import { useVisibleEvents } from '../viewmodel/hooks';
import { TimelineLayout } from './layout';
import { PICTURE_WIDTH, timelinePicture, type PictureMark, type PictureRow } from './picture';
import { builtWindow } from './TimelinePictureLayer';

/** Width of the box an event's shape is centred in (CSS moves it back by half). */
const POINT_BOX = 20;

/** A share of the window as an SVG length, mirrored right to left. */
const at = (share: number, rtl: boolean) => `${((rtl ? 1 - share : share) * 100).toFixed(3)}%`;

/**
 * The timeline before vis-timeline has drawn it: its rows with their lane
 * names, each event's shape (or bar) at its date, the selected one ringed,
 * the eras' bands and the axis's years, in the timeline's own boxes. It is
 * in the page's HTML made at build time, and stands in while the
 * timeline's code arrives and builds (on a phone, when its dock is first
 * opened), following the story meanwhile. It is a picture: hidden from
 * assistive technology, which has the list of events, then the timeline.
 *
 * The build draws the selected event's frame at a nominal width (for
 * TimelinePictureLayer, which loads this part only when it is needed); the
 * browser the window the store shows, at the width it measures.
 */
export function TimelinePicture() {
  const client = useIsClient();
  const state = useAppStore();
  const visible = useVisibleEvents();
  const tracks = useRef<HTMLDivElement>(null);
  const labels = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  const { extent, spans, eventIndex, selectedId, timeWindow, lang } = state;
  const layout = useMemo(() => new TimelineLayout(extent), [extent]);
  useLayoutEffect(function measure() {
    const el = tracks.current;
    if (!el) return;
    const read = () => setMeasured(el.clientWidth);
    read();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A folded dock has no width: it is drawn at the nominal width meanwhile.
  const width = client && measured > 0 ? measured : PICTURE_WIDTH;
  const window = client ? (timeWindow ?? extent) : builtWindow(state);
  const picture = useMemo(
    () =>
      timelinePicture({
        visible,
        all: { spans, index: eventIndex },
        layout,
        window,
        width,
        selectedId,
      }),
    // The window by value: a frame computed afresh is the same window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [visible, spans, eventIndex, layout, window.start, window.end, width, selectedId],
  );
  // The selected event's row is kept in view, as the timeline keeps it.
  useLayoutEffect(function revealSelected() {
    const column = tracks.current;
    const row = column?.querySelector('.is-selected')?.closest('.tp-row');
    if (!column || !row) return;
    const box = row.getBoundingClientRect();
    const top = box.top - column.getBoundingClientRect().top + column.scrollTop;
    let target = column.scrollTop;
    if (top < target || top + box.height > target + column.clientHeight)
      target = Math.max(0, top - (column.clientHeight - box.height) / 2);
    column.scrollTop = target;
    if (labels.current) labels.current.scrollTop = column.scrollTop;
  });
  const rtl = directionOf(lang) === 'rtl';
  // A bar carries its title, as the timeline's do (cut to its length); a count its number.
  const labelOf = (mark: PictureMark) => {
    if (mark.kind === 'point') return undefined;
    if (mark.kind === 'count') return formatNumber(mark.count ?? 0, lang);
    const event = state.events[eventIndex.get(mark.id) ?? -1];
    return event && eventText(event, lang).title;
  };
  const byRow = picture.rows.map((): PictureMark[] => []);
  for (const mark of picture.marks) byRow[mark.row]?.push(mark);
  // A row holding a bar is as tall as the timeline draws it (taller than dots').
  const bars = new Set(picture.marks.filter((m) => m.kind !== 'point').map((m) => m.row));
  return (
    <div className="timeline-picture" aria-hidden="true" data-picture="timeline">
      <div className="tp-labels" ref={labels}>
        {picture.rows.map((row, i) => (
          <div key={row.id} className={rowClass(row, bars.has(i))}>
            {row.first && row.lane && <LaneName lane={row.lane} lang={lang} />}
          </div>
        ))}
      </div>
      <div className="tp-tracks" ref={tracks}>
        {picture.rows.map((row, i) => (
          <svg key={row.id} className={rowClass(row, bars.has(i))} focusable="false">
            {picture.bands.map((band) => (
              <rect
                key={`${band.from}:${band.to}`}
                className={`tp-band tp-band-${band.kind}`}
                x={at(rtl ? band.to : band.from, rtl)}
                width={`${((band.to - band.from) * 100).toFixed(3)}%`}
                y="0"
                height="100%"
              />
            ))}
            {byRow[i]!.map((mark) => (
              <Mark key={mark.id} mark={mark} rtl={rtl} label={labelOf(mark)} />
            ))}
          </svg>
        ))}
      </div>
      <div className="tp-corner" />
      <svg className="tp-axis" focusable="false">
        {picture.ticks.map((tick) => (
          <g key={tick.label}>
            <line
              className="tp-tick"
              x1={at(tick.at, rtl)}
              x2={at(tick.at, rtl)}
              y1="0"
              y2="100%"
            />
            <text x={at(tick.at, rtl)} dx={rtl ? -4 : 4} y="1.1em" textAnchor="start">
              {tick.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

function rowClass(row: PictureRow, bar: boolean): string {
  const lane = row.lane ? ` lane-${row.lane}` : ' tp-counts';
  return `tp-row${lane}${row.first ? ' lane-first' : ''}${bar ? ' has-bar' : ''}`;
}

/** A lane's name as the timeline writes it (content.ts, laneLabel). */
function LaneName({ lane, lang }: { lane: Category; lang: Language }) {
  return (
    <span className="lane-label">
      <span className={`cat-shape cat-shape-${lane}`} />
      <span className="lane-name">{translate(lang, `category.${lane}` as MessageKey)}</span>
    </span>
  );
}

/** An event's shape at its date, a period's bar or a count's slice. */
function Mark({
  mark,
  rtl,
  label,
}: {
  mark: PictureMark;
  rtl: boolean;
  label: string | undefined;
}) {
  const selected = mark.selected ? ' is-selected' : '';
  if (mark.kind === 'point')
    return (
      <foreignObject
        className={`tp-point${selected}`}
        x={at(mark.from, rtl)}
        y="0"
        width={POINT_BOX}
        height="100%"
      >
        <span className="tp-shape">
          <span className={`cat-shape cat-shape-${mark.category}`} />
        </span>
      </foreignObject>
    );
  const from = rtl ? mark.to : mark.from;
  return (
    <foreignObject
      className="tp-bar"
      x={at(from, rtl)}
      width={`${((mark.to - mark.from) * 100).toFixed(3)}%`}
      y="1"
      height="22"
    >
      <span className={`tp-${mark.kind}${mark.category ? ` cat-${mark.category}` : ''}${selected}`}>
        {label}
      </span>
    </foreignObject>
  );
}
