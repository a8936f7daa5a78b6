import { useEffect } from 'react';
import { formatDateRange } from '../data/dates';
import { intlLocale, translate } from '../i18n';
import { eventText } from '../i18n/localize';
import { useAppStore } from '../store';

/** Polite live region: selections (by any means) and other confirmations. */
export function Announcer() {
  const announcement = useAppStore((s) => s.announcement);
  useEffect(function announceSelections() {
    return useAppStore.subscribe((state, prev) => {
      if (state.selectedId === prev.selectedId) return;
      const event = useAppStore.view.selectedEvent(state);
      state.announce(
        event
          ? `${eventText(event, state.lang).title}, ${formatDateRange(event.start, event.end, intlLocale(state.lang))}`
          : translate(state.lang, 'announce.cleared'),
      );
    });
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {announcement.text}
    </div>
  );
}
