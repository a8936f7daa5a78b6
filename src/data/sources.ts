/**
 * The dataset's source registry, indexed: which source an id names, which
 * events cite each source, and whether an event rests on state sources only.
 */
import type { Dataset, Source, TimelineEvent } from './types';

export interface SourceIndex {
  byId: Map<string, Source>;
  /** Event ids citing each source (quoted or as a further source), in the order given. */
  citedBy: Map<string, string[]>;
}

export function indexSources(dataset: Pick<Dataset, 'sources'>, events: readonly TimelineEvent[]) {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const citedBy = new Map<string, string[]>();
  for (const event of events) {
    for (const id of sourceIdsOf(event)) {
      const list = citedBy.get(id);
      if (list) list.push(event.id);
      else citedBy.set(id, [event.id]);
    }
  }
  return { byId, citedBy } satisfies SourceIndex;
}

/** Every source id an event names, quoted first, without repeats. */
export function sourceIdsOf(event: Pick<TimelineEvent, 'sources' | 'furtherSources'>): string[] {
  return [...new Set([...event.sources.map((c) => c.source), ...(event.furtherSources ?? [])])];
}

/** True when every source an event names is a Cuban or Syrian state source. */
export function restsOnStateSourcesOnly(event: TimelineEvent, index: SourceIndex): boolean {
  const ids = sourceIdsOf(event);
  return ids.length > 0 && ids.every((id) => index.byId.get(id)?.kind === 'state');
}

/** Sources ordered for a bibliography: by publisher, then title. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'),
  );
}
