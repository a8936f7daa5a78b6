import { useSyncExternalStore } from 'react';
import { useT } from '../ui/useT';
import { applyUpdate, snapshot, subscribe } from './serviceWorker';

/** "A new version is available. [Reload]" */
function NewVersion({ className, stale }: { className: string; stale: boolean }) {
  const t = useT();
  return (
    <div className={className} role="status">
      <p>{t(stale ? 'offline.stale' : 'offline.update')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('offline.reload')}
      </button>
    </div>
  );
}

/**
 * Says so once a new version has installed, or once this page knows it runs
 * an old one (a part of it could not load).
 */
export function UpdatePrompt() {
  const { updateReady, stale } = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!updateReady && !stale) return null;
  return <NewVersion className="update-prompt" stale={stale} />;
}

/**
 * In place of a pane whose code could not load: the same words and button,
 * instead of an error panel (the pane cannot come back before a reload).
 */
export function StalePane() {
  return <NewVersion className="pane-error" stale />;
}
