import { createRoot } from 'react-dom/client';
import { detectLanguage, directionOf, isLanguage } from '../i18n';
import { useT } from './useT';
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
    <main className="loading" lang={lang} dir={directionOf(lang)}>
      <p>{t('framed.notice')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('framed.open')}
        </a>
      </p>
    </main>
  );
}

/** Shows the notice in place of the page, in the language the link names or the browser prefers. */
export function renderFramedNotice(root: HTMLElement, linkLang: string | undefined) {
  const lang = isLanguage(linkLang) ? linkLang : detectLanguage(navigator.languages ?? []);
  void useAppStore.getState().chooseLanguage(lang, false);
  createRoot(root).render(<FramedNotice href={window.location.href} />);
}
