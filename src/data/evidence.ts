/**
 * Evidence at a glance: how many sources an event names, of which kinds,
 * and whether other sources dispute it. Pure: reads the event and the
 * source registry, nothing else.
 *
 * The kinds fall in three groups, by their relation to the two governments
 * the story is about:
 * - `state`: Cuban or Syrian government outlets and ministries (`state`);
 * - `critical`: outlets opposed to the Cuban government (`critical`);
 * - `independent`: everything else, neither run by nor opposed to either
 *   government: news agencies (`wire`), newspapers, the encyclopedia, NGOs,
 *   the UN's own records and blogs. "Independent" says whose voice a source
 *   is not, not how reliable it is; the story labels each source's own kind.
 */
import { sourceIdsOf, type SourceIndex } from './sources';
import { SOURCE_KINDS, type Source, type SourceKind, type TimelineEvent } from './types';

export const EVIDENCE_GROUPS = ['state', 'critical', 'independent'] as const;
export type EvidenceGroup = (typeof EVIDENCE_GROUPS)[number];

/** The group each kind of source counts in (see the module's comment). */
export const EVIDENCE_GROUP_OF: Readonly<Record<SourceKind, EvidenceGroup>> = {
  state: 'state',
  critical: 'critical',
  encyclopedia: 'independent',
  wire: 'independent',
  newspaper: 'independent',
  ngo: 'independent',
  un: 'independent',
  blog: 'independent',
};

export interface Evidence {
  /** Sources the event names, quoted or further, each once. */
  count: number;
  /** Of those, the sources it quotes. */
  quoted: number;
  /** How many of the named sources fall in each group. */
  kinds: Record<EvidenceGroup, number>;
  /** How many of each kind of source. */
  byKind: Record<SourceKind, number>;
  /** Named sources the registry does not hold (none in a validated dataset); in no group. */
  unknown: number;
  /** Every named source is a state source. */
  stateOnly: boolean;
  /** Other sources dispute the stored date, figure or place. */
  disputed: boolean;
  /** How many disputes the event records. */
  disputes: number;
}

/**
 * The evidence of `event`: its sources (quoted and further, each counted
 * once however often cited) by group and kind, and its disputes.
 */
export function evidenceOf(
  event: Pick<TimelineEvent, 'sources' | 'furtherSources' | 'disputes'>,
  sourceIndex: Pick<SourceIndex, 'byId'> | { byId: ReadonlyMap<string, Pick<Source, 'kind'>> },
): Evidence {
  const ids = sourceIdsOf(event);
  const kinds: Record<EvidenceGroup, number> = { state: 0, critical: 0, independent: 0 };
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  let unknown = 0;
  for (const id of ids) {
    const kind = sourceIndex.byId.get(id)?.kind;
    if (kind === undefined || !Object.hasOwn(EVIDENCE_GROUP_OF, kind)) {
      unknown += 1;
      continue;
    }
    byKind[kind] += 1;
    kinds[EVIDENCE_GROUP_OF[kind]] += 1;
  }
  const disputes = event.disputes?.length ?? 0;
  return {
    count: ids.length,
    quoted: new Set(event.sources.map((c) => c.source)).size,
    kinds,
    byKind,
    unknown,
    stateOnly: ids.length > 0 && kinds.state === ids.length,
    disputed: disputes > 0,
    disputes,
  };
}
