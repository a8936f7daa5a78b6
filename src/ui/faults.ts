/**
 * Fault injection for the end-to-end tests: a page that sets
 * `window.__cubaSyriaFaults = ['map']` before the app starts makes that
 * pane throw while rendering, so the tests can prove the crash stays inside
 * the pane. The other points throw where errors used to get lost: inside
 * the pane's effect (`timeline:effect`), in the task that builds the
 * timeline at start-up (`timeline:task`), and in a store subscriber
 * (`timeline:subscriber`, `map:subscriber`, on the first change after
 * start-up). Nothing in the app sets it.
 */
export type FaultPoint =
  | 'map'
  | 'timeline'
  | 'timeline:effect'
  | 'timeline:task'
  | 'timeline:subscriber'
  | 'map:subscriber';

export function throwIfFaultInjected(point: FaultPoint): void {
  const faults = (globalThis as { __cubaSyriaFaults?: unknown }).__cubaSyriaFaults;
  if (Array.isArray(faults) && faults.includes(point)) {
    throw new Error(`injected fault in the ${point.replace(':', ' ')}`);
  }
}
