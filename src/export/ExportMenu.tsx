import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { visibleEvents } from '../data/filter';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';
import type { ExportFormat } from './formats';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'ics', label: 'iCalendar' },
  { format: 'json', label: 'JSON' },
];

/**
 * "Export": the shown events as CSV, GeoJSON, iCalendar or the dataset's
 * JSON; a printable chronology; the embed snippet. The code behind each item
 * loads when it is chosen.
 */
export function ExportMenu({ onPrint }: { onPrint: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [embed, setEmbed] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const announce = useAppStore((s) => s.announce);
  const count = useAppStore(
    (s) => visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places).length,
  );

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

  async function download(format: ExportFormat) {
    setOpen(false);
    buttonRef.current?.focus();
    try {
      const { downloadShownEvents } = await import('./download');
      const name = downloadShownEvents(format);
      announce(t('export.done', { name, count }));
    } catch (error) {
      announce(
        t('export.failed', { error: error instanceof Error ? error.message : String(error) }),
      );
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
          {FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              className="menu-item"
              disabled={count === 0}
              onClick={() => void download(format)}
            >
              {label}
              <span className="menu-hint">{t(`export.${format}Hint`)}</span>
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
      {embed && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbed(false)} />
        </Suspense>
      )}
    </div>
  );
}
