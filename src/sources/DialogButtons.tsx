import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../store';
import { useT } from '../ui/useT';

// The dialogs load when first opened: the first view does not need them.
const SourcesDialog = lazy(() =>
  import('./SourcesDialog').then((m) => ({ default: m.SourcesDialog })),
);
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));
const ThreadsDialog = lazy(() =>
  import('../threads/ThreadsDialog').then((m) => ({ default: m.ThreadsDialog })),
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
      {open && (
        <Suspense fallback={null}>
          <SourcesDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
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
      {open && (
        <Suspense fallback={null}>
          <AboutDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
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
        <Suspense fallback={null}>
          <ThreadsDialog onClose={() => setOpen(false)} {...(onFollow ? { onFollow } : {})} />
        </Suspense>
      )}
    </>
  );
}
