import { reasonText } from '../i18n';
import { useT } from './useT';
import { useAppStore } from '../store';

/** Dismissible notices about links and data; their text is rendered as text. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  const lang = useAppStore((s) => s.lang);
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
            {n.ignored.length > 0 && (
              <ul>
                {n.ignored.map((i, index) => (
                  <li key={index}>
                    <code dir="ltr">{`${i.key ? `${i.key}=` : ''}${i.value}`}</code>:{' '}
                    {reasonText(lang, i.reason)}
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
