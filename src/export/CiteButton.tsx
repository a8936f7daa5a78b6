import { lazy, Suspense, useState } from 'react';
import type { TimelineEvent } from '../data/types';
import { useT } from '../ui/useT';

const CiteDialog = lazy(() => import('./CiteDialog').then((m) => ({ default: m.CiteDialog })));

/** "Cite this event": opens the citations (loaded when first asked for). */
export function CiteButton({ event }: { event: TimelineEvent }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button story-cite" onClick={() => setOpen(true)}>
        {t('cite.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog event={event} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
