import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

/** Copies the current link; offers the system share sheet where there is one. */
export function ShareButton() {
  const announce = useAppStore((s) => s.announce);
  const t = useT();
  const [fallback, setFallback] = useState<string | null>(null);

  async function copy() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      announce(t('share.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setFallback(url);
      announce(t('share.refused'));
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
        {t('share.copy')}
      </button>
      {typeof navigator.share === 'function' && (
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
