import { bootstrap } from '../bootstrap';
import { useT } from './useT';
import { useAppStore } from '../store';

export function DataError() {
  const data = useAppStore((s) => s.data);
  const t = useT();
  if (data.status !== 'error') return null;
  return (
    <div className="data-error" role="alert">
      <h2>{t(data.titleKey, { url: data.source, count: data.problems.length + data.more })}</h2>
      <ul>
        {data.problems.map((p, i) => (
          <li key={i} dir="auto">
            {'text' in p ? p.text : t(p.key, p.params)}
          </li>
        ))}
      </ul>
      {/* The loader lists the first problems only: a file can have a million. */}
      {data.more > 0 && <p>{t('data.more', { count: data.more })}</p>}
      <button type="button" className="button" onClick={() => void bootstrap()}>
        {t('data.retry')}
      </button>
    </div>
  );
}
