import { useState } from 'react';
import type { TimelineEvent } from '../data/types';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';

const citeDialog = lazyPart(() => import('./CiteDialog').then((m) => m.CiteDialog));

/** "Cite this event": opens the citations (loaded when first asked for). */
export function CiteButton({ event }: { event: TimelineEvent }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button story-cite" onClick={() => setOpen(true)}>
        {t('cite.open')}
      </button>
      {open && <citeDialog.Part event={event} onClose={() => setOpen(false)} />}
    </>
  );
}
