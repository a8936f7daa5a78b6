import { directionOf } from '../i18n';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

/**
 * What a page shows instead of the app inside another site's frame when its
 * address is not the embed view: a plain link out, opened in a window of its
 * own where the reader sees what they do.
 */
export function FramedNotice({ href }: { href: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <main className="framed-notice" lang={lang} dir={directionOf(lang)}>
      <p>{t('framed.notice')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('framed.open')}
        </a>
      </p>
    </main>
  );
}
