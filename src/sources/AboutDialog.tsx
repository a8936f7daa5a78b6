import { formatDate } from '../data/dates';
import { isWebUrl } from '../data/links';
import type { AdaptedWork, Source } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { adaptedWorkText, datasetTitle, quotationsNotice } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { LIBRARY_CREDITS } from './credits';

function ExternalLink({ href, children }: { href: string | undefined; children: string }) {
  const t = useT();
  if (!isWebUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('source.newTab')}</span>
    </a>
  );
}

/**
 * The credit of a work the dataset adapts: title and link, creator, where it
 * was published and its licence, the version adapted and how it was changed.
 */
function AdaptedWorkCredit({
  work,
  registered,
  lang,
}: {
  work: AdaptedWork;
  registered: Source | undefined;
  lang: Language;
}) {
  const t = useT();
  const text = adaptedWorkText(work, lang);
  const publisher = registered?.publisher;
  return (
    <div className="about-article">
      <p>
        {t('about.adapts')} <ExternalLink href={work.url}>{`“${work.title}”`}</ExternalLink>{' '}
        <bdi>{t('about.by', { creator: text.creator })}</bdi>
        {' ('}
        {publisher && (
          <>
            <bdi>{publisher}</bdi>
            {', '}
          </>
        )}
        {work.license}
        {')'}
        {work.license.startsWith('CC BY-SA') && (
          <>
            {'. '}
            {t('about.shareAlike')}
          </>
        )}
      </p>
      {work.revision && (
        <p>
          {t('about.revision')} <ExternalLink href={work.revision}>{work.revision}</ExternalLink>
        </p>
      )}
      {work.retrieved && (
        <p>{t('about.retrieved', { date: formatDate(work.retrieved, intlLocale(lang)) })}</p>
      )}
      {text.versionNote && <p dir="auto">{text.versionNote}</p>}
      <p dir="auto">{text.changes}</p>
    </div>
  );
}

/**
 * Credits: the dataset's own licence, the article it adapts (title, link,
 * creator, licence, version, changes), the status of quotations from other
 * publishers, the basemap, the libraries and the bundled font.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const encyclopedias = dataset?.sources.filter((s) => s.kind === 'encyclopedia') ?? [];
  const works = dataset?.license?.adapts ?? [];
  const quotations = dataset?.license && quotationsNotice(dataset.license, lang);
  return (
    <Dialog title={t('about.title')} onClose={onClose} className="dialog-about">
      <p>{t('about.intro')}</p>
      {dataset && (
        <>
          <h3 className="dialog-subtitle">{t('about.dataset')}</h3>
          <p>
            <bdi>{datasetTitle(dataset, lang)}</bdi>
            {dataset.license && (
              <>
                {': '}
                {t('about.datasetLicense')}{' '}
                <ExternalLink href={dataset.license.url}>{dataset.license.name}</ExternalLink>
              </>
            )}
          </p>
          {works.map((work, i) => (
            <AdaptedWorkCredit
              key={i}
              work={work}
              registered={dataset.sources.find((s) => s.id === work.source)}
              lang={lang}
            />
          ))}
          {/* A dataset without a credit block: its encyclopedia sources, as before. */}
          {(works.length > 0 ? [] : encyclopedias).map((source) => (
            <p key={source.id} className="about-article">
              {t('about.adapts')}{' '}
              <ExternalLink href={source.url}>{`“${source.title}”`}</ExternalLink>
              {' ('}
              <bdi>{source.publisher}</bdi>
              {source.license ? `, ${source.license}` : ''}
              {')'}
              {source.license?.startsWith('CC BY-SA') && (
                <>
                  {'. '}
                  {t('about.shareAlike')}
                </>
              )}
            </p>
          ))}
          <p>{t('about.otherSources', { count: dataset.sources.length })}</p>
          {quotations && <p dir="auto">{quotations}</p>}
        </>
      )}
      <h3 className="dialog-subtitle">{t('about.basemap')}</h3>
      <p>
        {t('about.naturalEarth')}{' '}
        <ExternalLink href="https://www.naturalearthdata.com/">Natural Earth</ExternalLink>
      </p>
      <h3 className="dialog-subtitle">{t('about.font')}</h3>
      <p>
        Noto Sans Arabic, {t('about.fontLicense')}{' '}
        <ExternalLink href="https://openfontlicense.org/">SIL Open Font License 1.1</ExternalLink>
      </p>
      <h3 className="dialog-subtitle">{t('about.libraries')}</h3>
      <ul className="about-libraries" dir="ltr">
        {LIBRARY_CREDITS.map((credit) => (
          <li key={credit.pkg}>
            {credit.name} ({credit.license})
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
