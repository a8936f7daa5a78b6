import { lazyPart } from './lazyPart';
import { useT } from './useT';
import { useAppStore } from '../store';

// Only a dataset that takes a while shows a bar: its code loads then.
const progressBar = lazyPart(() => import('./LoadProgressBar').then((m) => m.LoadProgressBar));

/**
 * "Loading the dataset…", then "Checking the dataset…"; for a dataset that
 * takes a while, a bar with the megabytes received. Only the step is
 * announced, not every count.
 */
export function LoadingStatus() {
  const t = useT();
  const progress = useAppStore((s) => (s.data.status === 'loading' ? s.data.progress : undefined));
  const step = progress?.phase === 'validate' ? t('app.validating') : t('app.loading');
  return (
    <div className="loading">
      <p role="status">{step}</p>
      {progress && <progressBar.Part progress={progress} label={step} />}
    </div>
  );
}
