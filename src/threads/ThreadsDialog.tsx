import { useId, useMemo, useRef } from 'react';
import { orderThreads } from '../data/threads';
import { threadText } from '../i18n/localize';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { DatedEventLink } from '../ui/EventLink';
import { useT } from '../ui/useT';

/**
 * Every thread of the dataset: its title, its summary and its events in
 * chronological order, each a link that selects the event and closes the
 * view. With `onFollow`, each thread also offers "Follow this thread".
 */
export function ThreadsDialog({
  onClose,
  onFollow,
}: {
  onClose: () => void;
  onFollow?: (threadId: string) => void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const events = useAppStore((s) => s.events);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const threads = useMemo(
    () => orderThreads({ events, threads: dataset?.threads }),
    [events, dataset],
  );
  const idPrefix = useId();
  const bodyRef = useRef<HTMLDivElement>(null);

  // Closing the native dialog first gives focus back to its opener.
  const close = () => bodyRef.current?.closest('dialog')?.close();

  return (
    <Dialog title={t('threads.title', { count: threads.length })} onClose={onClose}>
      <div ref={bodyRef}>
        <p className="dialog-intro">{t('threads.intro')}</p>
        {threads.map(({ thread, events: threadEvents }) => {
          const text = threadText(thread, lang);
          const headingId = `${idPrefix}-${thread.id}`;
          return (
            <section key={thread.id} className="thread" aria-labelledby={headingId}>
              <h3 id={headingId} className="dialog-subtitle" dir="auto">
                {text.title}
              </h3>
              {text.summary && (
                <p className="thread-summary" dir="auto">
                  {text.summary}
                </p>
              )}
              {onFollow && (
                <button
                  type="button"
                  className="chip-button thread-follow"
                  aria-label={t('thread.followNamed', { title: text.title })}
                  onClick={() => {
                    close();
                    onFollow(thread.id);
                  }}
                >
                  {t('thread.follow')}
                </button>
              )}
              <ol className="thread-events" aria-label={t('threads.events', { title: text.title })}>
                {threadEvents.map((event) => (
                  <li key={event.id} aria-current={event.id === selectedId ? 'true' : undefined}>
                    <DatedEventLink
                      event={event}
                      lang={lang}
                      onSelect={() => {
                        close();
                        selectEvent(event.id, 'user');
                      }}
                    />
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
