import { useEffect, useRef, useState } from 'react';
import { useT } from './useT';
import { useAppStore } from '../store';
import { useIsClient } from './useIsClient';
import { currentAddress } from '../url/sync';

/** How long "Copied ✓" stays on the button. */
const CONFIRM_MS = 2500;

/**
 * Copies the current link and says so, on the button itself (visible) and in
 * the live region (announced); offers the system share sheet where there is one.
 */
export function ShareButton() {
  const announce = useAppStore((s) => s.announce);
  const t = useT();
  const [fallback, setFallback] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const client = useIsClient();

  useEffect(function clearConfirmationTimer() {
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  async function copy() {
    const url = currentAddress();
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setCopied(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), CONFIRM_MS);
      announce(t('share.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setFallback(url);
      announce(t('share.refused'));
    }
  }

  async function share() {
    try {
      await navigator.share({ title: document.title, url: currentAddress() });
    } catch {
      /* the user closed the share sheet */
    }
  }

  return (
    <div className="share">
      <button
        type="button"
        className={`button button-stable${copied ? ' is-done' : ''}`}
        aria-label={copied ? t('share.copiedShort') : t('share.copy')}
        onClick={() => void copy()}
      >
        {/* Both labels take the same cell: the button keeps the width of the longer. */}
        <span className={copied ? 'is-hidden' : undefined}>{t('share.copy')}</span>
        <span className={copied ? undefined : 'is-hidden'} aria-hidden={!copied}>
          {t('share.copiedShort')}
        </span>
      </button>
      {client && typeof navigator.share === 'function' && (
        <button type="button" className="button" onClick={() => void share()}>
          {t('share.share')}
        </button>
      )}
      {fallback !== null && (
        <input
          className="share-fallback"
          aria-label={t('share.field')}
          dir="ltr"
          readOnly
          value={fallback}
          ref={(el) => el?.select()}
          onBlur={() => setFallback(null)}
        />
      )}
    </div>
  );
}
