import { useEffect, useId, useRef, useState } from 'react';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { whenThereIsTime } from '../ui/readerHere';

const embedDialog = lazyPart(() => import('./EmbedDialog').then((m) => m.EmbedDialog));
const exportPanel = lazyPart(() => import('./ExportPanel').then((m) => m.ExportPanel));

/**
 * "Export": the shown events as CSV, GeoJSON, iCalendar or the dataset's
 * JSON; a printable chronology; the embed snippet. The menu's panel loads
 * when there is time (see whenThereIsTime) or when first opened, the code
 * behind each item when it is chosen.
 */
export function ExportMenu({ onPrint }: { onPrint: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The panel stays mounted once opened: it shows an export's progress.
  const [used, setUsed] = useState(false);
  const [embed, setEmbed] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const count = useAppStore((s) => useAppStore.view.visibleEvents(s).length);

  useEffect(function loadPanelWhenIdle() {
    return whenThereIsTime(() => void exportPanel.preload().catch(() => undefined));
  }, []);

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

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setUsed(true);
          setOpen((o) => !o);
        }}
      >
        {t('export.open')} <span aria-hidden="true">▾</span>
      </button>
      {used && (
        <exportPanel.Part
          open={open}
          id={menuId}
          ref={menuRef}
          count={count}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
          onPrint={onPrint}
          onEmbed={() => setEmbed(true)}
        />
      )}
      {embed && <embedDialog.Part onClose={() => setEmbed(false)} />}
    </div>
  );
}
