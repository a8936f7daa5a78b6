/**
 * Fault injection for the end-to-end tests: a page that sets
 * `window.__cubaSyriaFaults = ['map']` before the app starts makes that
 * pane throw while rendering, so the tests can prove the crash stays inside
 * the pane. Nothing in the app sets it.
 */
export function throwIfFaultInjected(pane: 'map' | 'timeline'): void {
  const faults = (globalThis as { __cubaSyriaFaults?: unknown }).__cubaSyriaFaults;
  if (Array.isArray(faults) && faults.includes(pane)) {
    throw new Error(`injected fault in the ${pane}`);
  }
}
