import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { visibleEvents } from '../data/filter';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';
import { TaskProgress } from '../ui/TaskProgress';
import type { ExportFormat } from './formats';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

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
 * "Export": the shown events as CSV, GeoJSON, iCalendar or the dataset's
 * JSON; a printable chronology; the embed snippet. The code behind each item
 * loads when it is chosen. A long export shows its progress and can be
 * cancelled; the page stays usable meanwhile.
 */
export function ExportMenu({ onPrint }: { onPrint: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [embed, setEmbed] = useState(false);
  const [running, setRunning] = useState<Running | null>(null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const announce = useAppStore((s) => s.announce);
  const count = useAppStore(
    (s) => visibleEvents(s.events, s.hiddenCategories, s.query, s.lang).length,
  );
  const labelOf = (label: string) => (label.includes('.') ? t(label as MessageKey) : label);

  useEffect(
    function closeOnOutsideClickOrEscape() {
      if (!open) return;
      const onDown = (e: PointerEvent) => {
        if (!(e.target instanceof Node)) return;
        if (menuRef.current?.contains(e.target) || buttonRef.current?.contains(e.target)) return;
        setOpen(false);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
      };
      window.addEventListener('pointerdown', onDown, true);
      window.addEventListener('keydown', onKey, true);
      return function stopClosing() {
        window.removeEventListener('pointerdown', onDown, true);
        window.removeEventListener('keydown', onKey, true);
      };
    },
    [open],
  );

  async function download(format: ExportFormat, label: string) {
    setOpen(false);
    buttonRef.current?.focus();
    running?.controller.abort();
    const controller = new AbortController();
    const elapsed = stopwatch();
    const task: Running = { label, done: 0, total: count, controller };
    try {
      const { downloadShownEvents } = await import('./download');
      const result = await downloadShownEvents(format, {
        signal: controller.signal,
        onProgress: (done, total) => {
          // A short export finishes before anything would show.
          if (elapsed() > 250 && !controller.signal.aborted) setRunning({ ...task, done, total });
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
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('export.open')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          className="menu-panel"
          role="group"
          aria-label={t('export.open')}
        >
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
              setOpen(false);
              onPrint();
            }}
          >
            {t('print.open')}
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              setEmbed(true);
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
      {embed && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbed(false)} />
        </Suspense>
      )}
    </div>
  );
}
