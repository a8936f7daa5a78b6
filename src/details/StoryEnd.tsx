import { useState } from 'react';
import { formatDateRange } from '../data/dates';
import { intlLocale } from '../i18n';
import { useAppStore } from '../store';
import { sourcesDialog } from '../sources/DialogButtons';
import { ShareButton } from '../ui/ShareButton';
import { useT } from '../ui/useT';
import { useVisibleEvents } from '../viewmodel/hooks';

/**
 * After the last event: the end of the story, how much it held, and where
 * to go from here (back to the start, its sources, sharing it).
 */
export function StoryEnd({ onRestart }: { onRestart: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const visible = useVisibleEvents();
  const [sources, setSources] = useState(false);
  const first = visible[0];
  const last = visible[visible.length - 1];
  if (!first || !last) return null;
  const locale = intlLocale(lang);
  return (
    <section className="story-end" aria-labelledby="story-end-title">
      <h3 id="story-end-title" className="story-end-title">
        {t('details.end')}
      </h3>
      <p className="story-end-summary">
        {t('details.endSummary', {
          count: visible.length,
          range: formatDateRange(first.start, last.end ?? last.start, locale),
        })}
      </p>
      <p className="story-end-actions">
        <button type="button" className="button button-primary" onClick={onRestart}>
          {t('details.backToStart')}
        </button>
        <button type="button" className="button" onClick={() => setSources(true)}>
          {t('sources.open')}
        </button>
        <ShareButton />
      </p>
      {sources && <sourcesDialog.Part onClose={() => setSources(false)} />}
    </section>
  );
}
