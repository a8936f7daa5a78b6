import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

/** Megabytes with one decimal. */
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * "Loading the dataset…": for a dataset that takes a while, a bar with the
 * megabytes received of the total (where the server gives it), then the
 * check of the file. Only the step is announced, not every count.
 */
export function LoadingStatus() {
  const t = useT();
  const progress = useAppStore((s) => (s.data.status === 'loading' ? s.data.progress : undefined));
  const step = progress?.phase === 'validate' ? t('app.validating') : t('app.loading');
  const known = progress?.phase === 'download' && progress.total !== null;
  return (
    <div className="loading">
      <p role="status">{step}</p>
      {progress && (
        <div className="loading-progress" data-testid="load-progress" data-phase={progress.phase}>
          <progress
            aria-label={step}
            {...(progress.phase === 'download' && progress.total !== null
              ? { value: progress.received, max: progress.total }
              : {})}
          />
          {progress.phase === 'download' && (
            <p className="loading-detail">
              {known && progress.total !== null
                ? t('app.loadingReceived', {
                    received: mb(progress.received),
                    total: mb(progress.total),
                  })
                : t('app.loadingReceivedUnknown', { received: mb(progress.received) })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
