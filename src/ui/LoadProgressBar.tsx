import type { LoadProgress } from '../data/loader';
import { useT } from './useT';

/** Megabytes with one decimal. */
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** The bar of a dataset's load: bytes received of the total (moving when unknown), then the check. */
export function LoadProgressBar({ progress, label }: { progress: LoadProgress; label: string }) {
  const t = useT();
  const download = progress.phase === 'download' ? progress : null;
  return (
    <div className="loading-progress" data-testid="load-progress" data-phase={progress.phase}>
      <progress
        aria-label={label}
        {...(download?.total ? { value: download.received, max: download.total } : {})}
      />
      {download && (
        <p className="loading-detail">
          {download.total
            ? t('app.loadingReceived', {
                received: mb(download.received),
                total: mb(download.total),
              })
            : t('app.loadingReceivedUnknown', { received: mb(download.received) })}
        </p>
      )}
    </div>
  );
}
