import { useState } from 'react';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

/** Copies `text`, says so on the button and to screen readers; selects it in `fallback` if refused. */
export function CopyButton({
  text,
  label,
  fallback,
}: {
  text: string;
  label: string;
  fallback?: () => HTMLElement | null;
}) {
  const t = useT();
  const announce = useAppStore((s) => s.announce);
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className={`button button-stable${done ? ' is-done' : ''}`}
      aria-label={done ? t('share.copiedShort') : label}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setDone(true);
          setTimeout(() => setDone(false), 2500);
          announce(t('cite.copied', { what: label }));
        } catch {
          const el = fallback?.();
          if (el) {
            const range = document.createRange();
            range.selectNodeContents(el);
            window.getSelection()?.removeAllRanges();
            window.getSelection()?.addRange(range);
          }
          announce(t('share.refused'));
        }
      }}
    >
      <span className={done ? 'is-hidden' : undefined}>{label}</span>
      <span className={done ? undefined : 'is-hidden'} aria-hidden={!done}>
        {t('share.copiedShort')}
      </span>
    </button>
  );
}
