import type { ReactNode } from 'react';
import { formatDate } from '../data/dates';
import { isWebUrl } from '../data/links';
import type { Source } from '../data/types';
import { intlLocale } from '../i18n';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

/** The "State source" / "Critical outlet" label, where it applies. */
export function SourceKindLabel({ source }: { source: Source }) {
  const t = useT();
  if (source.kind !== 'state' && source.kind !== 'critical') return null;
  return (
    <span
      className={`source-kind source-kind-${source.kind}`}
      title={t(source.kind === 'state' ? 'source.stateHint' : 'source.criticalHint')}
    >
      {t(source.kind === 'state' ? 'source.state' : 'source.critical')}
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
          // The validator refuses such addresses; a hand-made store could still hold one.
          <span lang={source.language} dir="auto">
            {source.title}
          </span>
        )}
      </p>
      {children}
    </div>
  );
}
