import type { ReactNode } from 'react';
import { formatDate } from '../data/dates';
import { isWebUrl } from '../data/links';
import type { Source, SourceKind } from '../data/types';
import { intlLocale, type MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

/** The label of each kind a reader should weigh; news outlets and encyclopedias go unlabelled. */
const KIND_LABELS = {
  state: ['source.state', 'source.stateHint'],
  critical: ['source.critical', 'source.criticalHint'],
  ngo: ['source.ngo', 'source.ngoHint'],
  un: ['source.un', 'source.unHint'],
  blog: ['source.blog', 'source.blogHint'],
} as const satisfies Partial<Record<SourceKind, readonly [MessageKey, MessageKey]>>;

/** The "State source" / "Critical outlet" / "NGO" / "UN record" / "Blog" label, where it applies. */
export function SourceKindLabel({ source }: { source: Source }) {
  const t = useT();
  if (!Object.hasOwn(KIND_LABELS, source.kind)) return null;
  const [label, hint] = KIND_LABELS[source.kind as keyof typeof KIND_LABELS];
  return (
    <span className={`source-kind source-kind-${source.kind}`} title={t(hint)}>
      {t(label)}
    </span>
  );
}

/**
 * One source: publisher (and where it was read), date, kind label and a link
 * to its address that opens in a new tab. Everything is rendered as text.
 */
export function SourceEntry({ source, children }: { source: Source; children?: ReactNode }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const publisher = source.via
    ? t('source.via', { publisher: source.publisher, via: source.via })
    : source.publisher;
  return (
    <div className="source-entry">
      <p className="source-head">
        <bdi className="source-publisher">{publisher}</bdi>
        {source.published && (
          <>
            {' · '}
            <time dateTime={source.published}>
              {formatDate(source.published, intlLocale(lang))}
            </time>
          </>
        )}{' '}
        <SourceKindLabel source={source} />
      </p>
      <p className="source-title">
        {isWebUrl(source.url) ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            lang={source.language}
            dir="auto"
          >
            {source.title}
            <span className="visually-hidden"> {t('source.newTab')}</span>
          </a>
        ) : (
          // No address recorded, or one the validator refuses (a hand-made store could hold one).
          <>
            <span lang={source.language} dir="auto">
              {source.title}
            </span>{' '}
            <span className="source-no-address">{t('source.noAddress')}</span>
          </>
        )}
      </p>
      {children}
    </div>
  );
}
