import type { ThreadPlace } from '../data/threads';
import { translate, type Language } from '../i18n';
import { threadText } from '../i18n/localize';

/**
 * "Part of: Votes on Syria at the United Nations, 3 of 7", with a "Follow
 * this thread" toggle, for each thread the event is part of (`threadsOf`).
 * Render-only: it changes nothing itself, it calls `onFollow` with the
 * thread's id to follow it, or with null to stop following the thread
 * being followed (`following`). Renders nothing for an event in no thread.
 */
export function ThreadBadge({
  places,
  lang,
  onFollow,
  following = null,
}: {
  places: readonly ThreadPlace[];
  lang: Language;
  onFollow: (threadId: string | null) => void;
  /** The id of the thread being followed, if any. */
  following?: string | null;
}) {
  if (places.length === 0) return null;
  return (
    <ul className="thread-badges" aria-label={translate(lang, 'thread.list')}>
      {places.map(({ thread, position, total }) => {
        const title = threadText(thread, lang).title;
        const on = following === thread.id;
        return (
          <li key={thread.id} className="thread-badge">
            <span className="thread-badge-text">
              {translate(lang, 'thread.partOf', { title, position, total })}
            </span>{' '}
            <button
              type="button"
              className="chip-button thread-follow"
              aria-pressed={on}
              aria-label={translate(lang, 'thread.followNamed', { title })}
              onClick={() => onFollow(on ? null : thread.id)}
            >
              {translate(lang, 'thread.follow')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
