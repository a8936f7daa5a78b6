import { useState } from 'react';
import { useAppStore } from '../store';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';

// The dialogs load when first opened: the first view does not need them.
export const sourcesDialog = lazyPart(() => import('./SourcesDialog').then((m) => m.SourcesDialog));
const aboutDialog = lazyPart(() => import('./AboutDialog').then((m) => m.AboutDialog));
const threadsDialog = lazyPart(() =>
  import('../threads/ThreadsDialog').then((m) => m.ThreadsDialog),
);

/** Opens the list of every source of the dataset. */
export function SourcesButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('sources.open')}
      </button>
      {open && <sourcesDialog.Part onClose={() => setOpen(false)} />}
    </>
  );
}

/** Opens the credits: the article and its licence, the dataset's licence, basemap, font, libraries. */
export function AboutButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('about.open')}
      </button>
      {open && <aboutDialog.Part onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * Opens the list of the dataset's threads (none for a dataset without
 * threads). `onFollow`, if given, lets each thread be followed from there.
 */
export function ThreadsButton({ onFollow }: { onFollow?: (threadId: string) => void }) {
  const t = useT();
  const count = useAppStore((s) => s.dataset?.threads?.length ?? 0);
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('threads.open')}
      </button>
      {open && (
        <threadsDialog.Part onClose={() => setOpen(false)} {...(onFollow ? { onFollow } : {})} />
      )}
    </>
  );
}
