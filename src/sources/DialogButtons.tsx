import { lazy, Suspense, useState } from 'react';
import { useT } from '../ui/useT';

// Both dialogs load when first opened: the first view does not need them.
const SourcesDialog = lazy(() =>
  import('./SourcesDialog').then((m) => ({ default: m.SourcesDialog })),
);
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

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
