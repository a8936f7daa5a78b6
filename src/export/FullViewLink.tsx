import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { locationOf } from '../url/sync';
import { DEFAULT_DATASET } from '../url/useEventHref';
import { fullViewUrl } from './embed';

/** In the embed view: the same view, full size, in a new tab. */
export function FullViewLink() {
  const t = useT();
  // The view's address, as the link writer would write it (a string: no re-render loop).
  const address = useAppStore((s) =>
    locationOf(
      s,
      { data: s.data.source === DEFAULT_DATASET ? undefined : s.data.source },
      import.meta.env.BASE_URL,
    ),
  );
  return (
    <a
      className="button"
      href={fullViewUrl(new URL(address, window.location.origin).href)}
      target="_blank"
      rel="noopener"
    >
      {t('embed.fullView')}
    </a>
  );
}
