/**
 * Evidence at a glance, as text: "3 sources · 1 state · 2 independent ·
 * disputed" (src/data/evidence.ts counts it). Pure: for the story, the
 * event list and the timeline's tooltips alike.
 */
import { EVIDENCE_GROUPS, type Evidence, type EvidenceGroup } from '../data/evidence';
import { translate, type Language, type MessageKey } from './index';

/** One part of the summary: what it says and what it counts. */
export interface EvidencePart {
  part: 'sources' | EvidenceGroup | 'disputed';
  text: string;
}

const KEYS = {
  sources: ['evidence.sourcesOne', 'evidence.sources'],
  state: ['evidence.stateOne', 'evidence.state'],
  critical: ['evidence.criticalOne', 'evidence.critical'],
  independent: ['evidence.independentOne', 'evidence.independent'],
} as const satisfies Record<'sources' | EvidenceGroup, readonly [MessageKey, MessageKey]>;

function counted(lang: Language, part: keyof typeof KEYS, count: number): EvidencePart {
  const [one, other] = KEYS[part];
  return { part, text: count === 1 ? translate(lang, one) : translate(lang, other, { count }) };
}

/**
 * The parts of the summary in `lang`: how many sources, then each group
 * that has any (state, critical, independent), then "disputed" where the
 * event records a dispute.
 */
export function evidenceParts(evidence: Evidence, lang: Language): EvidencePart[] {
  return [
    counted(lang, 'sources', evidence.count),
    ...EVIDENCE_GROUPS.filter((g) => evidence.kinds[g] > 0).map((g) =>
      // Every source a Cuban or Syrian state outlet: said as plainly as that.
      g === 'state' && evidence.stateOnly
        ? { part: g, text: translate(lang, 'evidence.stateOnly') }
        : counted(lang, g, evidence.kinds[g]),
    ),
    ...(evidence.disputed
      ? [{ part: 'disputed' as const, text: translate(lang, 'evidence.disputed') }]
      : []),
  ];
}

/** The summary as one short line, for a tooltip or a list: "3 sources · 1 state · disputed". */
export function evidenceText(evidence: Evidence, lang: Language): string {
  return evidenceParts(evidence, lang)
    .map((p) => p.text)
    .join(' · ');
}
