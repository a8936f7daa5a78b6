import { useEffect } from 'react';
import { measureSince } from '../lib/perf';

/**
 * Records `name` from `start` to the commit of this component, once: placed
 * last among siblings, its effect runs after theirs (see lib/perf.ts).
 */
export function MeasureSince({ name, start }: { name: string; start: number }) {
  useEffect(() => measureSince(name, start, true), [name, start]);
  return null;
}
