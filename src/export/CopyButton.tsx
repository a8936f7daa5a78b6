import { useState } from 'react';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

/**
 * Writes `text` to the clipboard, and `html` beside it as a text/html item
 * where the browser takes one (so that italics survive a paste into a word
 * processor). Falls back to the plain text alone.
 */
async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch (error) {
      // A refusal is a refusal; any other failure (a type not supported) falls back.
      if (error instanceof DOMException && error.name === 'NotAllowedError') throw error;
    }
  }
  await navigator.clipboard.writeText(text);
}

/** Copies `text` (and `html`), says so on the button and to screen readers; selects it in `fallback` if refused. */
export function CopyButton({
  text,
  html,
  label,
  fallback,
}: {
  text: string;
  /** Rich text for the clipboard's text/html item, built from text nodes (see rich.ts). */
  html?: () => string;
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
          await writeClipboard(text, html?.());
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
