import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { eventText } from '../i18n/localize';
import { isModifiedClick, useEventHref } from '../url/useEventHref';

/**
 * A link to an event's page. A plain click selects the event in place (the
 * rest of the view is kept); a new-tab click, or a reader without
 * JavaScript, follows the link.
 */
export function EventLink({
  id,
  onSelect,
  children,
  ...rest
}: {
  id: string;
  onSelect: (e: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
} & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick' | 'id' | 'onSelect'>) {
  const href = useEventHref();
  return (
    <a
      {...rest}
      href={href(id)}
      onClick={(e) => {
        if (isModifiedClick(e)) return;
        e.preventDefault();
        onSelect(e);
      }}
    >
      {children}
    </a>
  );
}

/** An event's title as a link, then its dates: "Title (1965 – 1991)", as lists of related events show it. */
export function DatedEventLink({
  event,
  lang,
  onSelect,
}: {
  event: TimelineEvent;
  lang: Language;
  onSelect: () => void;
}) {
  return (
    <>
      <EventLink id={event.id} onSelect={onSelect}>
        <bdi>{eventText(event, lang).title}</bdi>
      </EventLink>{' '}
      <span className="muted date-range">
        ({formatDateRange(event.start, event.end, intlLocale(lang))})
      </span>
    </>
  );
}
