import { useRef } from 'react';
import { datasetTitle } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { CopyButton } from './CopyButton';
import { embedUrl, iframeSnippet } from './embed';
import { currentAddress } from '../url/sync';

/** "Embed": the `<iframe>` for the current view, copied with one click. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const ref = useRef<HTMLPreElement>(null);
  const snippet = iframeSnippet(
    embedUrl(currentAddress()),
    dataset ? datasetTitle(dataset, lang) : document.title,
  );
  return (
    <Dialog title={t('embed.title')} onClose={onClose}>
      <p className="dialog-intro">{t('embed.intro')}</p>
      <div className="citation-head">
        <h3 className="dialog-subtitle">HTML</h3>
        <CopyButton text={snippet} label={t('embed.copy')} fallback={() => ref.current} />
      </div>
      <pre ref={ref} className="citation-text" dir="ltr">
        {snippet}
      </pre>
      <p className="details-note">{t('embed.hosting')}</p>
    </Dialog>
  );
}
