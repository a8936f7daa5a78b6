import { Fragment } from 'react';
import type { Evidence } from '../data/evidence';
import { translate, type Language, type MessageKey } from '../i18n';
import { evidenceParts, type EvidencePart } from '../i18n/evidence';

/** What each part means, for its tooltip (the count of sources needs none). */
const HINTS: Partial<Record<EvidencePart['part'], MessageKey>> = {
  state: 'source.stateHint',
  critical: 'source.criticalHint',
  independent: 'evidence.independentHint',
  disputed: 'evidence.disputedHint',
};

/**
 * Evidence at a glance: "3 sources · 1 state · 2 independent · disputed".
 * Render-only (props in). Screen readers hear "Evidence: 3 sources, 1
 * state, …"; each group's meaning is its tooltip.
 */
export function EvidenceSummary({
  evidence,
  lang,
  className,
}: {
  evidence: Evidence;
  lang: Language;
  className?: string;
}) {
  const parts = evidenceParts(evidence, lang);
  return (
    <p
      className={className ? `evidence ${className}` : 'evidence'}
      data-disputed={evidence.disputed ? '' : undefined}
    >
      <span className="visually-hidden">{translate(lang, 'evidence.label')} </span>
      {parts.map((p, i) => {
        const hint = HINTS[p.part];
        return (
          <Fragment key={p.part}>
            {i > 0 && (
              <>
                <span className="visually-hidden">, </span>
                <span className="evidence-sep" aria-hidden="true">
                  {' · '}
                </span>
              </>
            )}
            <span
              className={`evidence-part evidence-${p.part}`}
              title={hint ? translate(lang, hint) : undefined}
            >
              {p.text}
            </span>
          </Fragment>
        );
      })}
    </p>
  );
}
