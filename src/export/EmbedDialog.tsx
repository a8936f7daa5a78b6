import { useId, useRef, useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n';
import { datasetTitle, eventText } from '../i18n/localize';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { useT } from '../ui/useT';
import { serializeUrlState } from '../url/codec';
import { eventAddress, pagePath } from '../url/paths';
import { DEFAULT_DATASET } from '../url/useEventHref';
import { useVisibleEvents } from '../viewmodel/hooks';
import { CopyButton } from './CopyButton';
import { EMBED_SIZES, embedUrl, iframeSnippet, type EmbedSize } from './embed';

/**
 * "Embed": a card of the story for another site. The reader chooses the
 * event it opens on, its language and its size; the dialog says what the
 * card does and gives the `<iframe>` to paste, copied with one click.
 */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const source = useAppStore((s) => s.data.source);
  const selectedId = useAppStore((s) => s.selectedId);
  const events = useVisibleEvents();
  const [event, setEvent] = useState<string>(selectedId ?? '');
  const [language, setLanguage] = useState<Language>(lang);
  const [size, setSize] = useState<EmbedSize>('medium');
  const ref = useRef<HTMLPreElement>(null);
  const ids = { event: useId(), lang: useId(), size: useId() };

  const base = import.meta.env.BASE_URL;
  const data = source === DEFAULT_DATASET ? undefined : source;
  // The page the card opens on: the event's, or the story's start, in the chosen language.
  const path = event
    ? eventAddress(base, { lang: language, data }, event)
    : data
      ? `${base}${serializeUrlState({ data, lang: language })}`
      : `${pagePath(base, language)}${language === 'en' ? '?lang=en' : ''}`;
  const address = embedUrl(new URL(path, window.location.origin).href);
  const snippet = iframeSnippet(
    address,
    dataset ? datasetTitle(dataset, language) : document.title,
    EMBED_SIZES[size],
  );
  return (
    <Dialog title={t('embed.title')} onClose={onClose}>
      <p className="dialog-intro">{t('embed.intro')}</p>
      <div className="embed-options">
        <label htmlFor={ids.event}>{t('embed.event')}</label>
        <select id={ids.event} value={event} onChange={(e) => setEvent(e.target.value)}>
          <option value="">{t('embed.start')}</option>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {eventText(e, lang).title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.lang}>{t('embed.language')}</label>
        <select
          id={ids.lang}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.size}>{t('embed.size')}</label>
        <select id={ids.size} value={size} onChange={(e) => setSize(e.target.value as EmbedSize)}>
          {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((s) => (
            <option key={s} value={s}>
              {t(`embed.size.${s}`, EMBED_SIZES[s])}
            </option>
          ))}
        </select>
      </div>
      <div className="citation-head">
        <h3 className="dialog-subtitle">HTML</h3>
        <CopyButton text={snippet} label={t('embed.copy')} fallback={() => ref.current} />
      </div>
      <pre ref={ref} className="citation-text" dir="ltr">
        {snippet}
      </pre>
      <p className="details-note">{t('embed.how')}</p>
      <p className="details-note">{t('embed.hosting')}</p>
    </Dialog>
  );
}
