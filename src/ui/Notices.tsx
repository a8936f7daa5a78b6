import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

/** Dismissible notices about links and data; their text is rendered as text. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'alert' ? 'alert' : 'status'}
        >
          <div className="notice-text">
            <p className="notice-title">{t(n.titleKey, n.titleParams)}</p>
            {n.lines.length > 0 && (
              <ul>
                {n.lines.map((line, i) => (
                  <li key={i} dir="auto">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="notice-close"
            aria-label={t('notice.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
