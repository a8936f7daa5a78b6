import { useT } from './useT';

/**
 * A long task's progress: what it does, a bar (value of max, or moving when
 * the total is not known) and, where it can stop, a Cancel button. The
 * changing counts are not announced on every step: screen readers read the
 * bar's value when asked.
 */
export function TaskProgress({
  label,
  detail,
  done,
  total,
  onCancel,
  className = '',
}: {
  /** What is happening ("Writing CSV…"); names the bar. */
  label: string;
  /** The counts as text ("12,000 of 50,000 events"), if any. */
  detail?: string;
  done: number;
  /** Null while the total is not known. */
  total: number | null;
  onCancel?: () => void;
  className?: string;
}) {
  const t = useT();
  const known = total !== null && total > 0;
  return (
    <div className={`task-progress ${className}`} data-testid="task-progress">
      <p className="task-progress-label">{label}</p>
      <progress
        aria-label={label}
        {...(known ? { value: Math.min(done, total), max: total } : {})}
      />
      {detail !== undefined && <p className="task-progress-detail">{detail}</p>}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      )}
    </div>
  );
}
