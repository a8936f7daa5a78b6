import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { applyUpdate, snapshot, subscribe } from './serviceWorker';

/**
 * "A new version is available. [Reload]" once a new version has installed,
 * or once this page knows it runs an old one (a part of it could not load).
 */
export function UpdatePrompt() {
  const t = useT();
  const { updateReady, stale } = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!updateReady && !stale) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t(stale ? 'offline.stale' : 'offline.update')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('offline.reload')}
      </button>
    </div>
  );
}

/**
 * In place of a pane whose code could not load: the same words and button,
 * instead of an error panel (the pane cannot come back before a reload).
 */
export function StalePane() {
  const t = useT();
  return (
    <div className="pane-error pane-stale" role="status">
      <p>{t('offline.stale')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
