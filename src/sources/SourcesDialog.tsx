import { useMemo } from 'react';
import { sortSources } from '../data/sources';
import { eventText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { EventLink } from '../ui/EventLink';
import { SourceEntry } from './SourceEntry';

/** Every source of the dataset, with the events that cite it. */
export function SourcesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.sourceIndex);
  const events = useAppStore((s) => s.events);
  const eventIndex = useAppStore((s) => s.eventIndex);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const sources = useMemo(() => sortSources(dataset?.sources ?? []), [dataset]);

  return (
    <Dialog title={t('sources.title', { count: sources.length })} onClose={onClose}>
      <p className="dialog-intro">{t('sources.intro')}</p>
      <ul className="source-list source-list-all">
        {sources.map((source) => {
          const citing = (index.citedBy.get(source.id) ?? []).flatMap((id) => {
            const at = eventIndex.get(id);
            const event = at === undefined ? undefined : events[at];
            return event ? [event] : [];
          });
          return (
            <li key={source.id}>
              <SourceEntry source={source}>
                {citing.length > 0 ? (
                  <div className="source-cited-by">
                    <span className="details-label">{t('sources.citedBy')}</span>
                    <ul>
                      {citing.map((event) => (
                        <li key={event.id}>
                          <EventLink
                            id={event.id}
                            onSelect={(e) => {
                              // Closing the native dialog gives focus back to its opener.
                              e.currentTarget.closest('dialog')?.close();
                              selectEvent(event.id, 'user');
                            }}
                          >
                            <bdi>{eventText(event, lang).title}</bdi>
                          </EventLink>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="details-note">{t('sources.uncited')}</p>
                )}
              </SourceEntry>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
