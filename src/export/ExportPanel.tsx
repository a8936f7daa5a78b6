import './export.css';
import { useState, type Ref } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { TaskProgress } from '../ui/TaskProgress';
import type { ExportFormat } from './formats';

/** The menu's entries: a format's name (or its message) and its hint. */
const FORMATS: { format: ExportFormat; label: string | MessageKey; hint: MessageKey }[] = [
  { format: 'csv', label: 'CSV', hint: 'export.csvHint' },
  { format: 'geojson', label: 'GeoJSON', hint: 'export.geojsonHint' },
  { format: 'geojson-places', label: 'export.geojsonPlaces', hint: 'export.geojsonPlacesHint' },
  { format: 'ics', label: 'iCalendar', hint: 'export.icsHint' },
  {
    format: 'ics-anniversaries',
    label: 'export.icsAnniversaries',
    hint: 'export.icsAnniversariesHint',
  },
  { format: 'json', label: 'JSON', hint: 'export.jsonHint' },
];

/** From this many events an export shows its progress from the first slice. */
const SHOW_PROGRESS_FROM = 2_000;

/** A stopwatch: the milliseconds since it was started. */
function stopwatch(): () => number {
  const start = performance.now();
  return () => performance.now() - start;
}

/** An export under way: its format's name, how far it is, and how to stop it. */
interface Running {
  label: string;
  done: number;
  total: number;
  controller: AbortController;
}

/**
 * The Export menu's panel (loaded when the menu is first opened): the
 * formats, Print… and Embed…, and the progress of an export under way,
 * which shows after 250 ms (at once for a large one) and can be cancelled.
 */
export function ExportPanel({
  open,
  id,
  ref,
  count,
  onClose,
  onPrint,
  onEmbed,
}: {
  open: boolean;
  id: string;
  ref: Ref<HTMLDivElement>;
  /** The events shown (exported). */
  count: number;
  /** Closes the menu, focus back on its button. */
  onClose: () => void;
  onPrint: () => void;
  onEmbed: () => void;
}) {
  const t = useT();
  const announce = useAppStore((s) => s.announce);
  const [running, setRunning] = useState<Running | null>(null);
  const labelOf = (label: string) => (label.includes('.') ? t(label as MessageKey) : label);

  async function download(format: ExportFormat, label: string) {
    onClose();
    running?.controller.abort();
    const controller = new AbortController();
    const elapsed = stopwatch();
    const task: Running = { label, done: 0, total: count, controller };
    try {
      const { downloadShownEvents } = await import('./download');
      const result = await downloadShownEvents(format, {
        signal: controller.signal,
        onProgress: (done, total) => {
          // A short export finishes before anything would show; a large one shows at once.
          if ((elapsed() > 250 || total >= SHOW_PROGRESS_FROM) && !controller.signal.aborted)
            setRunning({ ...task, done, total });
        },
      });
      const entries = format === 'ics-anniversaries' ? result.entries : result.events;
      announce(t('export.done', { name: result.name, count: entries }));
    } catch (error) {
      if (controller.signal.aborted) announce(t('export.cancelled'));
      else
        announce(
          t('export.failed', { error: error instanceof Error ? error.message : String(error) }),
        );
    } finally {
      setRunning((r) => (r?.controller === controller || r === null ? null : r));
    }
  }

  return (
    <>
      {open && (
        <div ref={ref} id={id} className="menu-panel" role="group" aria-label={t('export.open')}>
          <p className="menu-label">{t('export.download', { count })}</p>
          {FORMATS.map(({ format, label, hint }) => (
            <button
              key={format}
              type="button"
              className="menu-item"
              disabled={count === 0}
              onClick={() => void download(format, labelOf(label))}
            >
              <bdi>{labelOf(label)}</bdi>
              <span className="menu-hint">{t(hint)}</span>
            </button>
          ))}
          <hr />
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              onClose();
              onPrint();
            }}
          >
            {t('print.open')}
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              onClose();
              onEmbed();
            }}
          >
            {t('embed.open')}
          </button>
        </div>
      )}
      {running && (
        <TaskProgress
          className="menu-progress"
          label={t('export.progress', {
            format: running.label,
            done: running.done,
            total: running.total,
          })}
          done={running.done}
          total={running.total}
          onCancel={() => running.controller.abort()}
        />
      )}
    </>
  );
}
