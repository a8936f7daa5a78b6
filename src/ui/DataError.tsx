import { bootstrap } from '../bootstrap';
import { useAppStore } from '../store';

export function DataError() {
  const data = useAppStore((s) => s.data);
  if (data.status !== 'error') return null;
  return (
    <div className="data-error" role="alert">
      <h2>{data.title}</h2>
      <ul>
        {data.problems.slice(0, 200).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {data.problems.length > 200 && <p>…and {data.problems.length - 200} more.</p>}
      <button type="button" className="button" onClick={() => void bootstrap()}>
        Retry
      </button>
    </div>
  );
}
