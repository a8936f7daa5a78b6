import { isWebUrl } from '../data/links';
import { datasetTitle } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { LIBRARY_CREDITS } from './credits';

function ExternalLink({ href, children }: { href: string; children: string }) {
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
 * Credits: the article the dataset adapts (title, link, licence), the
 * dataset's own licence, the basemap, the libraries and the bundled font.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const encyclopedias = dataset?.sources.filter((s) => s.kind === 'encyclopedia') ?? [];
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
          {encyclopedias.map((source) => (
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
