import { useSyncExternalStore } from 'react';
import { useT } from '../ui/useT';
import { applyUpdate, snapshot, subscribe } from './serviceWorker';

/** "A new version is available. [Reload]" once a new version has installed. */
export function UpdatePrompt() {
  const t = useT();
  const { updateReady } = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!updateReady) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('offline.update')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
