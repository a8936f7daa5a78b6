import { useState } from 'react';
import { useAppStore } from '../store';

/** Copies the current link; offers the system share sheet where there is one. */
export function ShareButton() {
  const announce = useAppStore((s) => s.announce);
  const [fallback, setFallback] = useState<string | null>(null);

  async function copy() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      announce('Link copied to the clipboard.');
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setFallback(url);
      announce('Copying was refused: the link is shown selected, copy it with Ctrl+C.');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: document.title, url: window.location.href });
    } catch {
      /* the user closed the share sheet */
    }
  }

  return (
    <div className="share">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      {typeof navigator.share === 'function' && (
        <button type="button" className="button" onClick={() => void share()}>
          Share…
        </button>
      )}
      {fallback !== null && (
        <input
          className="share-fallback"
          aria-label="Link to this view"
          readOnly
          value={fallback}
          ref={(el) => el?.select()}
          onBlur={() => setFallback(null)}
        />
      )}
    </div>
  );
}
