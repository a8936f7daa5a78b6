import type { Rich } from './rich';

/** A citation's runs as elements: <i> for italics, <bdi> for isolated runs (dir="ltr" for addresses). */
export function RichText({ rich }: { rich: Rich }) {
  return (
    <>
      {rich.map((run, i) => {
        let node = <>{run.text}</>;
        if (run.isolate)
          node = run.isolate === 'ltr' ? <bdi dir="ltr">{node}</bdi> : <bdi>{node}</bdi>;
        if (run.italic) node = <i>{node}</i>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
