import { bootstrap } from '../bootstrap';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

const SHOWN = 200;

export function DataError() {
  const data = useAppStore((s) => s.data);
  const t = useT();
  if (data.status !== 'error') return null;
  return (
    <div className="data-error" role="alert">
      <h2>{t(data.titleKey, { url: data.source, count: data.problems.length })}</h2>
      <ul>
        {data.problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} dir="auto">
            {'text' in p ? p.text : t(p.key, p.params)}
          </li>
        ))}
      </ul>
      {data.problems.length > SHOWN && <p>…(+{data.problems.length - SHOWN})</p>}
      <button type="button" className="button" onClick={() => void bootstrap()}>
        {t('data.retry')}
      </button>
    </div>
  );
}
